package org.eassms.eas.wbxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eassms.eas.wbxml.codepage.AlternateSpellings;
import org.junit.jupiter.api.Test;

/**
 * Every tag of every page against an independent table: libwbxml's encoding of the page fixture
 * (each tag written once, in libwbxml's spelling), or, for the tags libwbxml 0.11 does not know,
 * {@code codepages/spec-only.tsv}.
 */
class CodePageTest {

    private static final Pattern EMPTY_TAG = Pattern.compile("<(\\w+)/>");

    @Test
    void thereAreTwentySixPagesNumberedInOrder() {
        assertEquals(26, CodePage.values().length);
        for (int id = 0; id < 26; id++) {
            assertEquals(id, CodePage.byId(id).id());
        }
        assertNull(CodePage.byId(26));
        assertNull(CodePage.byId(-1));
    }

    @Test
    void tokensAreUniquePerPageAndInTheTagRange() {
        Set<String> seen = new HashSet<>();
        for (CodePage page : CodePage.values()) {
            assertTrue(page.tags().size() > 0, page + " has no tags");
            for (Tag tag : page.tags()) {
                assertTrue(tag.token() >= 0x05 && tag.token() <= 0x3F, tag.qualifiedName());
                assertTrue(
                        seen.add(page.id() + ":" + tag.token()),
                        "duplicate token " + tag.qualifiedName());
                assertEquals(page, tag.page());
                assertEquals(tag, page.tag(tag.token()));
                assertEquals(tag, page.tag(tag.xmlName()));
            }
        }
    }

    @Test
    void everyTagMatchesLibwbxmlOrTheSpecTable() throws IOException {
        Map<String, Integer> libwbxml = libwbxmlTokens();
        Map<String, Integer> specOnly = specOnlyTokens();
        List<String> problems = new ArrayList<>();
        int checkedByLibwbxml = 0;
        for (CodePage page : CodePage.values()) {
            for (Tag tag : page.tags()) {
                String libName = AlternateSpellings.LIBWBXML.getOrDefault(tag, tag.xmlName());
                Integer fromLibwbxml = libwbxml.remove(page.id() + ":" + libName);
                Integer fromSpec = specOnly.remove(page.id() + ":" + tag.xmlName());
                if (fromLibwbxml != null && fromSpec != null) {
                    problems.add(tag.qualifiedName() + " is in both tables");
                } else if (fromLibwbxml != null) {
                    checkedByLibwbxml++;
                    if (fromLibwbxml != tag.token()) {
                        problems.add(
                                String.format(
                                        "%s: ours 0x%02X, libwbxml 0x%02X",
                                        tag.qualifiedName(), tag.token(), fromLibwbxml));
                    }
                } else if (fromSpec != null) {
                    if (fromSpec != tag.token()) {
                        problems.add(
                                String.format(
                                        "%s: ours 0x%02X, spec 0x%02X",
                                        tag.qualifiedName(), tag.token(), fromSpec));
                    }
                } else {
                    problems.add(tag.qualifiedName() + " is in neither table");
                }
            }
        }
        if (!libwbxml.isEmpty()) {
            problems.add("libwbxml tags we lack: " + libwbxml.keySet());
        }
        if (!specOnly.isEmpty()) {
            problems.add("spec tags we lack: " + specOnly.keySet());
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        assertTrue(
                checkedByLibwbxml > 550,
                "only " + checkedByLibwbxml + " tags checked against libwbxml");
    }

    @Test
    void namespacesAndExchangeAliasesResolve() {
        assertEquals(CodePage.EMAIL, CodePage.byNamespace("Email:"));
        assertEquals(CodePage.EMAIL, CodePage.byNamespace("POOMMAIL:"));
        assertEquals(CodePage.EMAIL2, CodePage.byNamespace("POOMMAIL2:"));
        assertEquals(CodePage.GET_ITEM_ESTIMATE, CodePage.byNamespace("GetItemEstimate:"));
        assertNull(CodePage.byNamespace("Bogus:"));
        assertNotNull(CodePage.EMAIL.tag("FlagStatus"), "libwbxml spelling accepted when reading");
    }

    /**
     * Page fixture bytes: header, SWITCH_PAGE to the page (unless 0), the root with content, then
     * each listed tag as an empty element (one byte, its token), then END. Nothing else may appear:
     * a second SWITCH_PAGE would mean libwbxml took a name from another page.
     */
    private static Map<String, Integer> libwbxmlTokens() throws IOException {
        Map<String, Integer> tokens = new HashMap<>();
        for (Golden golden : Golden.all()) {
            if (!golden.command().equals("codepages")) {
                continue;
            }
            int page = Integer.parseInt(golden.name().substring(0, 2));
            byte[] b = golden.wbxml();
            int pos = 4;
            if (page != 0) {
                assertEquals(0, b[pos++], golden + ": SWITCH_PAGE expected");
                assertEquals(page, b[pos++], golden + ": wrong page");
            }
            pos++; // the root
            List<String> names = new ArrayList<>();
            Matcher m = EMPTY_TAG.matcher(golden.xml());
            while (m.find()) {
                names.add(m.group(1));
            }
            assertEquals(names.size() + pos + 1, b.length, golden + ": one byte per tag expected");
            for (String name : names) {
                int token = b[pos++] & 0xFF;
                assertTrue(
                        token >= 0x05 && token <= 0x3F,
                        golden + ": " + name + " is not a plain tag byte");
                tokens.put(page + ":" + name, token);
            }
            assertEquals(GlobalToken.END, b[pos]);
        }
        return tokens;
    }

    private static Map<String, Integer> specOnlyTokens() throws IOException {
        Map<String, Integer> tokens = new HashMap<>();
        for (String line : Files.readAllLines(Golden.root().resolve("codepages/spec-only.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            tokens.put(f[0] + ":" + f[3], Integer.decode(f[2]));
        }
        return tokens;
    }
}
