/**
 * The production topology on one machine, for {@code ./oms run --cluster}, the end-to-end
 * cluster test and the benchmark's cluster mode: {@link LocalCluster} starts an embedded
 * PostgreSQL server with one database per service ({@link ClusterDatabases}), an
 * in-process S3-compatible server with the uploads bucket ({@link ObjectStore}), several
 * instances of every service as real processes (test-support's launcher) and nginx in
 * front of each service ({@link Balancer}), and stops them in reverse order.
 * {@link ClusterMain} is what {@code ./oms run --cluster} runs. Only well-known parts are
 * used (zonky's PostgreSQL binaries, S3Proxy, Debian's nginx): nothing here balances,
 * stores or queues by itself.
 */
package com.orderplatform.cluster;
