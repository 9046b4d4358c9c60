package org.eassms.eas.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Reads a local process's resident memory and CPU time from /proc (Linux). */
final class ProcessProbe {
    /** USER_HZ: the unit of utime and stime in /proc/<pid>/stat on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    private final long pid;

    ProcessProbe(long pid) {
        this.pid = pid;
    }

    long pid() {
        return pid;
    }

    boolean present() {
        return pid > 0 && Files.exists(Path.of("/proc/" + pid));
    }

    /** Resident set size in bytes. */
    long rss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }

    /** Open file descriptors (connections included). */
    long openFiles() throws IOException {
        try (var fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return fds.count();
        }
    }

    /** The share of one core the process used over {@code seconds}, in percent. */
    double cpuPercent(int seconds) throws IOException, InterruptedException {
        double before = cpuSeconds();
        long start = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        double used = cpuSeconds() - before;
        return 100 * used / ((System.nanoTime() - start) / 1e9);
    }

    private double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // Fields after the command name (which may hold spaces) start after the last ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }
}
