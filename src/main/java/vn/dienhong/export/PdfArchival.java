package vn.dienhong.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a PDF archive-grade (PDF/A-2b): XMP metadata that matches the document information, and an
 * sRGB output intent so colours mean the same in twenty years; fonts are embedded by {@link PdfFonts}.
 */
final class PdfArchival {
    private static final String PRODUCER = "Diên Hồng (Apache PDFBox)";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfArchival() {
    }

    static void apply(PDDocument doc, String title, String author, OffsetDateTime created) throws IOException {
        OffsetDateTime at = created.truncatedTo(ChronoUnit.SECONDS);
        String nfcTitle = PdfText.nfc(title);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(nfcTitle);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(GregorianCalendar.from(at.toZonedDateTime()));
        info.setModificationDate(GregorianCalendar.from(at.toZonedDateTime()));
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(nfcTitle, PdfText.nfc(author), at).getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
        doc.getDocumentCatalog().setLanguage("vi-VN");
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    private static String xmp(String title, String author, OffsetDateTime at) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:format>application/pdf</dc:format>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:language><rdf:Bag><rdf:li>vi-VN</rdf:li></rdf:Bag></dc:language></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreatorTool>" + PRODUCER + "</xmp:CreatorTool><xmp:CreateDate>" + date + "</xmp:CreateDate>"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
                + "<pdf:Producer>" + PRODUCER + "</pdf:Producer></rdf:Description>\n"
                + "</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
