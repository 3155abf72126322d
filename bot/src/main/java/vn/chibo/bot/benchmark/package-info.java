/** Benchmarks run from the jar ({@code java -jar chibo.jar benchmark ...}): figures printed, never timed unit tests. */
package vn.chibo.bot.benchmark;
