/** Commendations in conversation: recording (/khenthuong), finding and exporting (/khenthuong_ds), the Huy hiệu Đảng calendar (/huyhieu). */
package vn.chibo.bot.commendation;
