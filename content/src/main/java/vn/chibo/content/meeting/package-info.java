/**
 * Cell meetings (sinh hoạt chi bộ): what is recorded, the rules checked on each one (resolution
 * validity, duration, a second monthly meeting, repeated unexcused absences, the quality score), and
 * the minutes (biên bản).
 */
package vn.chibo.content.meeting;
