package org.regindex.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.regindex.platform.entity.DocumentInfo;
import org.regindex.platform.entity.SheetSpec;
import org.regindex.platform.entity.Table;

/**
 * Writes tables as an Excel workbook: numbers as numeric cells, true/false as logical cells, text as
 * text (a version "1.10" stays "1.10"), nothing at all for an empty value; a bold, frozen header row
 * with an autofilter; the document's title, author and licence in its properties; and the same bytes
 * for the same tables, since every time in the file is {@link DocumentInfo#stamp()}.
 */
final class WorkbookWriter {

    private static final int WRAP_AFTER = 60;

    private final XSSFWorkbook workbook;
    private final CellStyle bold;
    private final Map<String, CellStyle> styles = new HashMap<>();

    private WorkbookWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
    }

    static byte[] write(DocumentInfo info, List<SheetSpec> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            describe(workbook.getProperties(), info);
            WorkbookWriter writer = new WorkbookWriter(workbook);
            for (SheetSpec sheet : sheets) {
                writer.sheet(sheet);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return StableZip.rewrite(bytes.toByteArray(), LocalDateTime.ofInstant(info.stamp(), ZoneOffset.UTC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void describe(POIXMLProperties properties, DocumentInfo info) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Optional<Date> stamp = Optional.of(Date.from(info.stamp()));
        core.setCreated(stamp);
        core.setModified(stamp);
        if (!info.title().isEmpty()) {
            core.setTitle(info.title());
        }
        core.setCreator(info.author());
        if (!info.description().isEmpty()) {
            core.setDescription(info.description());
        }
        if (!info.licence().isEmpty()) {
            properties.getCustomProperties().addProperty("licence", info.licence());
        }
    }

    private void sheet(SheetSpec spec) {
        Table table = spec.table();
        XSSFSheet sheet = workbook.createSheet(table.sheet());
        List<String> header = table.header();
        int[] widths = new int[header.size()];
        Row top = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = top.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(bold);
            widths[c] = header.get(c).length();
        }
        boolean[] editable = new boolean[header.size()];
        for (int c = 0; c < header.size(); c++) {
            editable[c] = spec.form() && spec.editable().contains(header.get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < Math.max(values.size(), header.size()); c++) {
                Object value = c < values.size() ? values.get(c) : null;
                boolean unlocked = c < editable.length && editable[c];
                cell(row, c, value, unlocked);
                if (c < widths.length && value != null) {
                    widths[c] = Math.max(
                            widths[c],
                            Math.min(WRAP_AFTER, String.valueOf(value).length()));
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.max(8, widths[c]) + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!header.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, header.size() - 1));
        }
        spec.choices().forEach((column, perRow) -> choices(sheet, header.indexOf(column), perRow));
        if (spec.form()) {
            protect(sheet);
        }
    }

    private void cell(Row row, int c, Object value, boolean unlocked) {
        if (value == null || "".equals(value)) {
            if (unlocked) {
                row.createCell(c).setCellStyle(style(false, true, 0));
            }
            return;
        }
        Cell cell = row.createCell(c);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            int scale = number instanceof BigDecimal decimal ? Math.max(0, decimal.scale()) : 0;
            if (scale > 0 || unlocked) {
                cell.setCellStyle(style(false, unlocked, scale));
            }
        } else if (value instanceof Boolean logical) {
            cell.setCellValue(logical);
            if (unlocked) {
                cell.setCellStyle(style(false, true, 0));
            }
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            boolean wrapped = text.length() > WRAP_AFTER || text.contains("\n");
            if (wrapped || unlocked) {
                cell.setCellStyle(style(wrapped, unlocked, 0));
            }
        }
    }

    /** One style per combination: a workbook holds at most 64,000 of them. */
    private CellStyle style(boolean wrapped, boolean unlocked, int decimals) {
        return styles.computeIfAbsent(wrapped + " " + unlocked + " " + decimals, key -> {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(wrapped);
            style.setLocked(!unlocked);
            if (decimals > 0) {
                style.setDataFormat(workbook.createDataFormat().getFormat("0." + "0".repeat(decimals)));
            }
            return style;
        });
    }

    private static void choices(XSSFSheet sheet, int column, List<List<String>> perRow) {
        if (column < 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int r = 0; r < perRow.size(); r++) {
            if (perRow.get(r).isEmpty()) {
                continue;
            }
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(perRow.get(r).toArray(String[]::new)),
                    new CellRangeAddressList(r + 1, r + 1, column, column));
            // In XSSF "suppress" true is what shows the arrow (POI keeps the binary format's inverted flag).
            validation.setSuppressDropDownArrow(true);
            validation.setEmptyCellAllowed(true);
            validation.setShowErrorBox(true);
            validation.createErrorBox("Not one of the choices", "Choose one of the values in the list.");
            sheet.addValidationData(validation);
        }
    }

    /** Locked cells stay as they are; filtering and resizing columns and rows still work. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockAutoFilter(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }
}
