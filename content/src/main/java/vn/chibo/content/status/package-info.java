/** Status of a part of the organisation for a period: what leaders ask ("which cells have not met this month?"). */
package vn.chibo.content.status;
