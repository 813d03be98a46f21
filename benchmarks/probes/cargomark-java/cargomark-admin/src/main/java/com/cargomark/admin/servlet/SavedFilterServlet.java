package com.cargomark.admin.servlet;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.cargomark.admin.model.SavedFilter;
import com.cargomark.admin.support.SavedFilterCodec;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/admin/customers/filter")
public class SavedFilterServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        SavedFilter filter = readCookie(req);
        String country = filter == null || filter.getCountry() == null ? "" : filter.getCountry();
        resp.sendRedirect(req.getContextPath() + "/admin/customers?country=" + URLEncoder.encode(country, StandardCharsets.UTF_8));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SavedFilter filter = new SavedFilter();
        filter.setName(req.getParameter("name"));
        filter.setCountry(req.getParameter("country"));
        filter.setOnlyBlocked(Boolean.parseBoolean(req.getParameter("onlyBlocked")));
        String[] columns = req.getParameterValues("column");
        if (columns != null) {
            filter.setColumns(Arrays.asList(columns));
        }
        Cookie cookie = new Cookie(SavedFilterCodec.COOKIE_NAME, SavedFilterCodec.encode(filter));
        cookie.setPath(req.getContextPath() + "/admin");
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setMaxAge(90 * 24 * 3600);
        resp.addCookie(cookie);
        resp.sendRedirect(req.getContextPath() + "/admin/customers");
    }

    private SavedFilter readCookie(HttpServletRequest req) throws IOException {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (SavedFilterCodec.COOKIE_NAME.equals(c.getName())) {
                return SavedFilterCodec.decode(c.getValue());
            }
        }
        return null;
    }
}
