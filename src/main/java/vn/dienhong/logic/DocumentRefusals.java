package vn.dienhong.logic;

import vn.dienhong.export.PdfInspector;

/** Says, in the operator's words, why a file cannot be a session document and what to do instead. */
final class DocumentRefusals {
    private DocumentRefusals() {
    }

    static RequestRefused of(PdfInspector.Flaw flaw) {
        return switch (flaw) {
            case EMPTY -> unprocessable("empty_file", "Tệp rỗng (0 byte). Hãy chọn lại đúng tệp PDF.");
            case NOT_PDF -> RequestRefused.coded(RequestRefused.Problem.UNSUPPORTED, "not_pdf",
                    "Tệp không phải PDF. Hãy lưu tài liệu thành PDF (hoặc nạp tệp Word/Excel khi máy có LibreOffice).");
            case ENCRYPTED -> unprocessable("encrypted_pdf", "Tệp PDF có mật khẩu hoặc bị mã hóa nên máy tính bảng không mở được. "
                    + "Hãy xin bản PDF không đặt mật khẩu rồi nạp lại.");
            case CORRUPT -> unprocessable("corrupt_pdf", "Tệp PDF bị hỏng, không đọc được. Hãy xuất lại PDF từ tệp gốc rồi nạp lại.");
            case NO_PAGES -> unprocessable("corrupt_pdf", "Tệp PDF không có trang nào. Hãy kiểm tra lại tệp.");
        };
    }

    static RequestRefused notFound() {
        return RequestRefused.coded(RequestRefused.Problem.NOT_FOUND, "document_not_found",
                "Không có tài liệu này, hoặc tài liệu đã được rút lại. Hãy mở lại danh sách tài liệu.");
    }

    private static RequestRefused unprocessable(String code, String message) {
        return RequestRefused.coded(RequestRefused.Problem.UNPROCESSABLE, code, message);
    }
}
