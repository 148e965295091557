package vn.dienhong.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.dienhong.export.TextPdfWriter;

/**
 * Makes the real PDFs the document benchmarks load (Vietnamese council prose with every tone mark,
 * written by the app's own {@link TextPdfWriter}, optionally with photo-sized images), from a seed.
 */
final class BenchPdfs {
    /** Council vocabulary with every tone mark (huyền, sắc, hỏi, ngã, nặng) and every marked letter (ă â ê ô ơ ư đ). */
    static final List<String> WORDS = List.of(("nghị quyết ngân sách đầu tư công hội đồng nhân dân tỉnh kỳ họp thứ "
            + "báo cáo tình hình kinh tế xã hội phát triển kế hoạch năm giai đoạn thẩm tra dự toán phân bổ chi "
            + "thường xuyên thu nhập y tế giáo dục đào tạo giao thông vận tải nông nghiệp thủy lợi môi trường tài "
            + "nguyên đất đai khoáng sản văn hóa thể thao du lịch an ninh quốc phòng trật tự biểu quyết thông qua "
            + "đại biểu chủ tọa ý kiến cử tri chất vấn trả lời bổ nhiệm miễn nhiệm tín nhiệm ủy ban chương trình "
            + "điều chỉnh nguồn vốn giải ngân dự án trọng điểm hạ tầng đô thị nông thôn mới bảo hiểm lao động "
            + "việc làm người có công ưu đãi hỗ trợ khó khăn vùng sâu vùng xa đồng bào dân tộc thiểu số những "
            + "vững chắc kỹ thuật mỹ thuật sẽ đã dẫn đầu lễ hội nỗ lực cũng giữ gìn ngữ văn ơn nghĩa ăn ở cân đối "
            + "về việc ổn định tăng trưởng bền vững số hóa chuyển đổi cải cách hành chính thủ tục trụ sở bệnh viện "
            + "trường học cầu đường thủy điện rừng phòng hộ biển đảo sạt lở lũ quét hạn hán xâm nhập mặn").split(" "));

    private BenchPdfs() {
    }

    /** A paragraph of {@code words} words drawn from {@link #WORDS}, capitalised, ending in a full stop. */
    static String paragraph(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            out.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            out.append(i == words - 1 ? "." : random.nextInt(12) == 0 ? ", " : " ");
        }
        return out.toString();
    }

    /** A text-only council document of about {@code pages} A4 pages (about 580 words a page). */
    static TextPdfWriter.Pdf textPdf(Random random, String title, int pages) {
        List<String> paragraphs = new ArrayList<>();
        for (int words = 0; words < pages * 580; words += 120) {
            paragraphs.add(paragraph(random, 120));
        }
        return new TextPdfWriter().write("HỘI ĐỒNG NHÂN DÂN TỈNH LẠC HỒNG – KỲ HỌP THỨ SÁU", title, paragraphs);
    }

    /**
     * A text document with a 620 × 620 photo-like image (noise over a gradient: it does not compress)
     * drawn on each of its first {@code images} pages; 10 images make a file of about 11 MB (over 10 MiB).
     */
    static void illustratedPdf(Random random, int images, Path target) throws IOException {
        TextPdfWriter.Pdf text = textPdf(random, "Báo cáo ảnh hiện trường các dự án đầu tư công trọng điểm", images);
        try (PDDocument doc = Loader.loadPDF(text.bytes())) {
            for (int i = 0; i < images; i++) {
                PDPage page = doc.getPage(Math.min(i, doc.getNumberOfPages() - 1));
                PDImageXObject image = LosslessFactory.createFromImage(doc, photo(random, 620, 620));
                try (PDPageContentStream over = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    over.drawImage(image, 150, 250, 300, 300);
                }
            }
            doc.save(target.toFile());
        }
    }

    private static BufferedImage photo(Random random, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / width + random.nextInt(64)) & 0xff;
                int g = (y * 255 / height + random.nextInt(64)) & 0xff;
                int b = random.nextInt(256);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }
}
