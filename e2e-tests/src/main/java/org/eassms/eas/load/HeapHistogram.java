package org.eassms.eas.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live heap of a JVM by class, after a full GC ({@code jcmd <pid> GC.class_histogram}, which
 * collects first): compared before and while N requests hang, it says what one hanging request
 * holds.
 */
final class HeapHistogram {
    private static final Pattern ROW = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");

    /** Class name to {instances, bytes}. */
    private final Map<String, long[]> classes;

    private HeapHistogram(Map<String, long[]> classes) {
        this.classes = classes;
    }

    /** Null when there is no pid or jcmd cannot reach the process. */
    static HeapHistogram of(long pid) throws IOException, InterruptedException {
        if (pid <= 0) {
            return null;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process =
                new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                        .redirectErrorStream(true)
                        .start();
        Map<String, long[]> classes = new HashMap<>();
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    classes.put(
                            row.group(3),
                            new long[] {
                                Long.parseLong(row.group(1)), Long.parseLong(row.group(2))
                            });
                }
            }
        }
        return process.waitFor() == 0 ? new HeapHistogram(classes) : null;
    }

    long bytes() {
        return classes.values().stream().mapToLong(c -> c[1]).sum();
    }

    /** The growth per hanging request, in total and for the {@code top} classes that grew most. */
    String growthSince(HeapHistogram before, int hanging, int top) {
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : classes.entrySet()) {
            long[] then = before.classes.getOrDefault(entry.getKey(), new long[2]);
            long[] delta = {entry.getValue()[0] - then[0], entry.getValue()[1] - then[1]};
            grown.add(Map.entry(entry.getKey(), delta));
        }
        grown.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        StringBuilder text = new StringBuilder();
        text.append(
                String.format(
                        Locale.ROOT,
                        "sync-service live heap after GC: %d MiB idle, %d MiB with %d hanging:"
                                + " %.1f KiB each; grew most:%n",
                        before.bytes() >> 20,
                        bytes() >> 20,
                        hanging,
                        (bytes() - before.bytes()) / 1024.0 / hanging));
        for (Map.Entry<String, long[]> entry : grown.subList(0, Math.min(top, grown.size()))) {
            text.append(
                    String.format(
                            Locale.ROOT,
                            "  %8.0f B %6.1f objects per hang  %s%n",
                            entry.getValue()[1] / (double) hanging,
                            entry.getValue()[0] / (double) hanging,
                            entry.getKey()));
        }
        return text.toString();
    }
}
