package org.eassms.eas.phone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reads one sample of a service's Prometheus metrics ({@code /q/metrics}) for the drivers. */
public final class ServiceMetrics {
    private final String text;

    private ServiceMetrics(String text) {
        this.text = text;
    }

    public static ServiceMetrics scrape(HttpClient http, String serviceUrl)
            throws IOException, InterruptedException {
        return new ServiceMetrics(
                http.send(
                                HttpRequest.newBuilder(URI.create(serviceUrl + "/q/metrics"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
    }

    /**
     * The value of the first sample whose name and labels start with {@code series} (for example
     * {@code postgresql_completed_total{}), or 0 when there is none.
     */
    public double value(String series) {
        for (String line : text.split("\n")) {
            if (line.startsWith(series) && line.indexOf(' ') > 0) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    /**
     * A timer's published quantile (seconds), for example {@code quantile("eas_outbox_lag_seconds",
     * "0.5")}, or NaN when the service does not publish it.
     */
    public double quantile(String timer, String quantile) {
        String label = "quantile=\"" + quantile + "\"";
        for (String line : text.split("\n")) {
            if (line.startsWith(timer + "{") && line.contains(label)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Double.NaN;
    }
}
