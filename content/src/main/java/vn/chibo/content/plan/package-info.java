/**
 * A committee's annual plans: the year's thematic meeting topics per quarter and the "học tập và làm theo" model its
 * organisations register, how many have, and which planned topics were held.
 */
package vn.chibo.content.plan;
