package org.eassms.eas.wbxml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden fixtures: {@code golden/<command>/<case>.xml}, and next to each the {@code .wbxml}
 * that libwbxml's {@code xml2wbxml} made from it (see {@code regenerate-goldens.sh}). Our encoder
 * is compared with those bytes.
 */
public record Golden(String command, String name, Path xmlPath, Path wbxmlPath) {

    public static Path root() {
        try {
            return Path.of(Golden.class.getResource("/golden").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every command fixture (the code page tables are tested on their own). */
    public static List<Golden> commands() {
        return all().stream().filter(g -> !g.command.equals("codepages")).toList();
    }

    public static List<Golden> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".xml"))
                    .sorted()
                    .map(
                            p -> {
                                String file = p.getFileName().toString();
                                String base = file.substring(0, file.length() - 4);
                                return new Golden(
                                        p.getParent().getFileName().toString(),
                                        base,
                                        p,
                                        p.resolveSibling(base + ".wbxml"));
                            })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Golden of(String command, String name) {
        return all().stream()
                .filter(g -> g.command.equals(command) && g.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(command + "/" + name));
    }

    public boolean isResponse() {
        return name.startsWith("response");
    }

    public String xml() {
        try {
            return Files.readString(xmlPath, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] wbxml() {
        try {
            return Files.readAllBytes(wbxmlPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    @Override
    public String toString() {
        return command + "/" + name;
    }
}
