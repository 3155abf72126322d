/** Dates and times as people in Vietnam write them in chat: "9/6/2022", "hôm qua", "thứ 5 tuần trước", "14h30", "2 giờ chiều". */
package vn.chibo.content.calendar;
