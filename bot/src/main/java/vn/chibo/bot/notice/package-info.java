/**
 * Meeting notices in the chat (thông báo triệu tập): the secretary's /thongbao, the notice each member who joined
 * receives with its materials and answers by button, the replies the secretary sees, the follow-up to those who have
 * not answered, and the member's own views (the next meeting, their record).
 */
package vn.chibo.bot.notice;
