/**
 * The one launcher of the platform's services as real processes, shared by the end-to-end
 * tests and the benchmark: {@link ServiceProcess} runs one service from its runnable jar
 * on its own port (launch, health wait, SIGTERM, SIGKILL, restart with a changed
 * environment, its process id), and {@link ServicePlatformBuilder} starts the three on
 * free ports with one data directory, the environment that links them, and JVM options
 * for all or one ({@link ServicePlatform}), or several instances of each on ports and
 * with variables of their own (the cluster module's local cluster). It owns nothing of
 * the services themselves: what a suite needs on top (an SMTP server, PostgreSQL
 * databases, a heap cap, class-data sharing) stays in that suite and comes in through the
 * builder. It uses only the JDK and Awaitility, so the benchmark can run it outside a
 * test.
 */
package com.orderplatform.testsupport.process;
