package org.whatmatters.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Renders an approved (or draft) plan as a printable, accessible A4 PDF for the person.
 *
 * <p>The layout is written as XHTML/CSS ({@link PlanHtml}) and turned into PDF by
 * openhtmltopdf (Apache PDFBox). Liberation Sans (SIL Open Font License) is embedded from the
 * classpath ({@code /liberation/*.ttf}, shipped in {@code com.github.librepdf:openpdf-fonts-extra})
 * so that text such as £, é and curly quotes renders and stays extractable; when those fonts are
 * not on the classpath the PDF falls back to the standard (non-embedded) Helvetica.
 *
 * <p>Instances are stateless and thread-safe; font bytes are read once per class loader.
 */
public final class PdfExporter {

    static final String FONT_NAME = "WM Sans";

    public PdfExporter() {
        JulXRLogger.installIfDefault();
    }

    /** A plan written for the person: plain language, large clear type (body at least 14pt, headings larger), A4, good contrast, page numbers. */
    public byte[] render(PlanExport plan) {
        Objects.requireNonNull(plan, "plan");
        String html = PlanHtml.build(plan, Fonts.COVERAGE == null ? cp -> true : Fonts.COVERAGE::get);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("WhatMatters");
            List<FontFile> fonts = Fonts.FILES;
            for (FontFile f : fonts) {
                builder.useFont(() -> new ByteArrayInputStream(f.bytes), FONT_NAME, f.weight, f.style, true);
            }
            // Tagged PDF (PDF/UA) so screen readers can read the plan; it needs every font embedded.
            builder.usePdfUaAccessibility(!fonts.isEmpty());
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the plan as PDF", e);
        }
        return out.toByteArray();
    }

    /** True when the embedded font was found on the classpath (otherwise base-14 Helvetica is used). */
    static boolean embeddedFontAvailable() {
        return !Fonts.FILES.isEmpty();
    }

    private static final class FontFile {
        final byte[] bytes;
        final int weight;
        final FontStyle style;

        FontFile(byte[] bytes, int weight, FontStyle style) {
            this.bytes = bytes;
            this.weight = weight;
            this.style = style;
        }
    }

    /** Lazy holder: the TTF files are read once, on first use. */
    private static final class Fonts {
        static final List<FontFile> FILES = load();
        /** Code points the regular face can draw; null if unknown (then nothing is filtered). */
        static final BitSet COVERAGE = FILES.isEmpty() ? null : coverage(FILES.get(0).bytes);

        private static BitSet coverage(byte[] ttf) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                BitSet bits = new BitSet(0x10000);
                for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
                    List<Integer> codes = cmap.getCharCodes(gid);
                    if (codes != null) {
                        for (Integer cp : codes) {
                            bits.set(cp);
                        }
                    }
                }
                return bits;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static List<FontFile> load() {
            List<FontFile> files = new ArrayList<>(4);
            String[][] specs = {
                {"LiberationSans-Regular.ttf", "400", "NORMAL"},
                {"LiberationSans-Bold.ttf", "700", "NORMAL"},
                {"LiberationSans-Italic.ttf", "400", "ITALIC"},
                {"LiberationSans-BoldItalic.ttf", "700", "ITALIC"},
            };
            for (String[] spec : specs) {
                byte[] bytes = read("/liberation/" + spec[0]);
                if (bytes == null) {
                    return Collections.emptyList(); // all or nothing: PDF/UA needs every face embedded
                }
                files.add(new FontFile(bytes, Integer.parseInt(spec[1]), FontStyle.valueOf(spec[2])));
            }
            return Collections.unmodifiableList(files);
        }

        private static byte[] read(String resource) {
            try (InputStream in = PdfExporter.class.getResourceAsStream(resource)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
