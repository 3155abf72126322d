/**
 * Meeting notices (thông báo triệu tập, Hướng dẫn 42-HD/BTCTW): what a cell's secretary sends its members before a
 * meeting, with the agenda and materials, and each member's answer (attending, or absent with a reason).
 */
package vn.chibo.content.notice;
