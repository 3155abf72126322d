/**
 * Benchmarks, run from their own jar ({@code java -jar benchmark/target/chibo-benchmark.jar NAME}): each starts chibo
 * against the local Bot API server and prints figures; none is a timed test.
 */
package vn.chibo.benchmark;
