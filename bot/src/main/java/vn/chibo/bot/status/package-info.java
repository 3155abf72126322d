/** Status for leaders and secretaries: /tinhhinh with drill-down, chart and .xlsx; /chuahop with a paced nudge; /quahan. */
package vn.chibo.bot.status;
