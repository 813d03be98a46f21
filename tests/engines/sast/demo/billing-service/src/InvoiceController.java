package com.acme.billing;

import java.io.ObjectInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InvoiceController {
    private Connection connection;

    @GetMapping("/invoice")
    public String invoice(HttpServletRequest request) throws Exception {
        Statement stmt = connection.createStatement();
        ResultSet rs = stmt.executeQuery("SELECT * FROM invoices WHERE id = " + request.getParameter("id"));
        Runtime.getRuntime().exec(request.getParameter("cmd"));
        Object o = new ObjectInputStream(request.getInputStream()).readObject();
        MessageDigest md = MessageDigest.getInstance("MD5");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = factory.newDocumentBuilder();
        return rs.toString() + o + md + builder;
    }
}
