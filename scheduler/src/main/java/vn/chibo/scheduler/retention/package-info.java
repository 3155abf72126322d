/** How long what people said and were sent is kept: content forgotten after a retention period, rows kept. */
package vn.chibo.scheduler.retention;
