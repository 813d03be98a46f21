package com.cargomark.admin.servlet;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;

import com.cargomark.admin.ops.LogFileReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/admin/logs")
public class LogViewerServlet extends HttpServlet {

    private static final int DEFAULT_LINES = 500;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        LogFileReader logs = AdminContextListener.component(getServletContext(), LogFileReader.class);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        String file = req.getParameter("file");
        PrintWriter out = resp.getWriter();

        if (file == null || file.isBlank()) {
            for (String name : logs.listFiles()) {
                out.println(name);
            }
            return;
        }
        int lines = parseLines(req.getParameter("lines"));
        try {
            List<String> tail = logs.tail(file, lines);
            tail.forEach(out::println);
        } catch (NoSuchFileException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static int parseLines(String value) {
        try {
            return value == null ? DEFAULT_LINES : Math.max(1, Math.min(Integer.parseInt(value), 5000));
        } catch (NumberFormatException e) {
            return DEFAULT_LINES;
        }
    }
}
