package org.eassms.eas.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eassms.eas.wbxml.CodePage;
import org.eassms.eas.wbxml.GlobalToken;
import org.eassms.eas.wbxml.Tag;
import org.eassms.eas.wbxml.WbxmlReader;
import org.eassms.eas.wbxml.dom.Element;
import org.eassms.eas.wbxml.dom.Node;
import org.eassms.eas.wbxml.dom.Opaque;
import org.eassms.eas.wbxml.dom.Text;
import org.eassms.eas.wbxml.dom.WbxmlDocument;
import org.kxml2.wap.KxmlInlineText;
import org.kxml2.wap.WbxmlParser;
import org.kxml2.wap.WbxmlSerializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.xmlpull.v1.XmlPullParser;

/**
 * Decode and encode throughput of our codec beside kxml2 2.3.0 on the same two documents, in the same run: a Sync
 * response carrying 100 SMS items (the golden {@code sync/response-100-sms}) and the MS-ASMS 4.4 Settings request.
 * Documents per second come from JMH; MB/s = ops/s x document size (printed at setup).
 *
 * <p>Both decoders are measured as pull parsers that hand every name, string and opaque value to a Blackhole, and our
 * decoder also into its document tree. Both encoders walk the same tree and write inline strings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CodecBenchmark {

    @Param({"sync-100-sms", "settings"})
    public String document;

    private byte[] wbxml;
    private Element tree;
    private List<CodePage> kxmlPages;

    @Setup(Level.Trial)
    public void load() throws IOException {
        String resource = document.equals("settings")
                ? "/golden/settings/ms-asms-4.4-enable-outbound-sms.wbxml"
                : "/golden/sync/response-100-sms.wbxml";
        try (InputStream in = CodecBenchmark.class.getResourceAsStream(resource)) {
            wbxml = in.readAllBytes();
        }
        tree = WbxmlDocument.decode(wbxml);
        // kxml2 looks tags up by name alone, so give it only the pages the document uses, the winning page last.
        kxmlPages = document.equals("settings")
                ? List.of(CodePage.SETTINGS)
                : List.of(CodePage.EMAIL, CodePage.AIR_SYNC_BASE, CodePage.EMAIL2, CodePage.AIR_SYNC);
        if (!Arrays.equals(wbxml, kxml2Encode()) || !Arrays.equals(wbxml, encodeTree())) {
            throw new IllegalStateException("encoders disagree with the golden bytes of " + document);
        }
        System.out.printf("%n[document %s: %d bytes of WBXML]%n", document, wbxml.length);
    }

    @Benchmark
    public Element decodeTree() {
        return WbxmlDocument.decode(wbxml);
    }

    @Benchmark
    public void decodePull(Blackhole bh) {
        WbxmlReader reader = new WbxmlReader(wbxml);
        while (true) {
            switch (reader.next()) {
                case START_TAG, END_TAG -> bh.consume(reader.tag().xmlName());
                case TEXT -> bh.consume(reader.text());
                case OPAQUE -> bh.consume(reader.opaque());
                case END_DOCUMENT -> {
                    return;
                }
            }
        }
    }

    @Benchmark
    public byte[] encodeTree() {
        return WbxmlDocument.encode(tree);
    }

    @Benchmark
    public void kxml2DecodePull(Blackhole bh) throws Exception {
        WbxmlParser parser = new WbxmlParser();
        for (CodePage page : CodePage.values()) {
            parser.setTagTable(page.id(), names(page));
        }
        parser.setInput(new ByteArrayInputStream(wbxml), null);
        // nextToken(), not next(): next() drops OPAQUE data.
        for (int event = parser.nextToken(); event != XmlPullParser.END_DOCUMENT; event = parser.nextToken()) {
            if (event == XmlPullParser.START_TAG || event == XmlPullParser.END_TAG) {
                bh.consume(parser.getName());
            } else if (event == XmlPullParser.TEXT) {
                bh.consume(parser.getText());
            } else if (event == WbxmlParser.WAP_EXTENSION) {
                bh.consume(parser.getWapExtensionData());
            }
        }
    }

    @Benchmark
    public byte[] kxml2Encode() {
        try {
            WbxmlSerializer serializer = new WbxmlSerializer();
            for (CodePage page : kxmlPages) {
                serializer.setTagTable(page.id(), names(page));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(wbxml.length + 64);
            serializer.setOutput(out, null);
            serializer.startDocument("UTF-8", null);
            kxmlWrite(tree, serializer);
            serializer.endDocument();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void kxmlWrite(Element element, WbxmlSerializer serializer) throws IOException {
        serializer.startTag(null, element.tag().xmlName());
        for (Node child : element.children()) {
            if (child instanceof Element e) {
                kxmlWrite(e, serializer);
            } else if (child instanceof Text t) {
                KxmlInlineText.text(serializer, t.value());
            } else if (child instanceof Opaque o) {
                serializer.writeWapExtension(GlobalToken.OPAQUE, o.value());
            }
        }
        serializer.endTag(null, element.tag().xmlName());
    }

    private static final String[][] NAMES = new String[CodePage.values().length][];

    static {
        for (CodePage page : CodePage.values()) {
            String[] names = new String[GlobalToken.TAG_MASK + 1 - 5];
            for (Tag tag : page.tags()) {
                names[tag.token() - 5] = tag.xmlName();
            }
            NAMES[page.id()] = names;
        }
    }

    private static String[] names(CodePage page) {
        return NAMES[page.id()];
    }
}
