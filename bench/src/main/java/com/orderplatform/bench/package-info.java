/**
 * The benchmark behind {@code ./oms bench}: a plain {@code main} ({@link BenchMain}) that
 * generates deterministic order files ({@link OrderCsvGenerator}), starts the services as
 * processes through test-support's launcher ({@link BenchPlatform}), measures them over
 * HTTP as a client would (imports, single orders, steady reads, data-size items, memory)
 * and writes the figures ({@link BenchReport}, {@link ResultWriter}). It uses
 * test-support and plain JSON over HTTP, never a service's classes (the services' jars
 * are only its runtime cargo), so what it measures is what a client sees. The data-size
 * items ({@link DataBench}) load rows straight into the databases first.
 */
package com.orderplatform.bench;
