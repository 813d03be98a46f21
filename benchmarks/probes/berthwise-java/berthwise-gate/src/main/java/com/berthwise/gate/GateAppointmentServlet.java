package com.berthwise.gate;

import com.berthwise.core.security.AccessCodeGenerator;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.*;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

@WebServlet("/appointments")
public class GateAppointmentServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        AppointmentDao dao = GateBootstrap.lookup(getServletContext(), GateBootstrap.APPOINTMENTS);
        int id;
        try {
            id = Integer.parseInt(req.getParameter("id"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "appointment id required");
            return;
        }
        try {
            Optional<AppointmentDao.Appointment> appointment = dao.find(id);
            if (appointment.isEmpty()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            req.setAttribute("appointment", appointment.get());
            req.getRequestDispatcher("/WEB-INF/jsp/appointment.jsp").forward(req, resp);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        AppointmentDao dao = GateBootstrap.lookup(getServletContext(), GateBootstrap.APPOINTMENTS);
        AccessCodeGenerator codes = GateBootstrap.lookup(getServletContext(), GateBootstrap.CODES);
        String plate = req.getParameter("plate");
        String containerNo = req.getParameter("container");
        LocalDateTime slot;
        try {
            slot = LocalDateTime.parse(req.getParameter("slot"));
        } catch (DateTimeParseException | NullPointerException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "slot must be ISO date-time");
            return;
        }
        int id;
        try {
            id = dao.create(plate, containerNo, slot, req.getParameter("lane"), codes.gatePin());
        } catch (SQLException e) {
            throw new ServletException(e);
        }
        String returnUrl = req.getParameter("returnUrl");
        if (returnUrl != null && !returnUrl.isBlank()) {
            resp.sendRedirect(returnUrl); // VULN redirect
            return;
        }
        resp.sendRedirect(req.getContextPath() + "/appointments?id=" + id);
    }
}
