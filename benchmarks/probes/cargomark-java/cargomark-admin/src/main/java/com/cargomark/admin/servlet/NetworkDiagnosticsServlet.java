package com.cargomark.admin.servlet;

import java.io.IOException;

import com.cargomark.admin.ops.NetworkProbe;
import com.cargomark.admin.ops.ProbeResult;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/admin/diagnostics")
public class NetworkDiagnosticsServlet extends HttpServlet {

    private static final String VIEW = "/WEB-INF/jsp/diagnostics.jsp";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        req.getRequestDispatcher(VIEW).forward(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        NetworkProbe probe = AdminContextListener.component(getServletContext(), NetworkProbe.class);
        String host = req.getParameter("host");
        String action = req.getParameter("action");
        try {
            ProbeResult result = "traceroute".equals(action) ? probe.traceroute(host) : probe.ping(host);
            req.setAttribute("result", result);
        } catch (IllegalArgumentException e) {
            req.setAttribute("error", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException(e);
        }
        req.setAttribute("host", host);
        req.getRequestDispatcher(VIEW).forward(req, resp);
    }
}
