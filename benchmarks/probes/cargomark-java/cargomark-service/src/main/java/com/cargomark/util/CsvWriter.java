package com.cargomark.util;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class CsvWriter {

    private CsvWriter() {
    }

    public static byte[] write(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return new byte[0];
        }
        List<String> headers = new ArrayList<>(rows.get(0).keySet());
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", headers.stream().map(CsvWriter::cell).toList())).append("\r\n");
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>(headers.size());
            for (String h : headers) {
                cells.add(cell(row.get(h)));
            }
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
