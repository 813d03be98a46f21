package com.cargomark.service;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

@Component
public class PortalMailer {

    private static final String FROM = "Cargomark <no-reply@cargomark.com>";

    private final JavaMailSender mailSender;

    public PortalMailer(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    public void sendPasswordReset(String to, String token) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(FROM);
        message.setTo(to);
        message.setSubject("Reset your Cargomark password");
        message.setText("Use the following link to choose a new password (valid for 2 hours):\n\n"
                + "https://portal.cargomark.com/portal/password-reset/" + token + "\n");
        mailSender.send(message);
    }

    public void sendHtml(String to, String subject, String html) throws MessagingException {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
        helper.setFrom(FROM);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(html, true);
        mailSender.send(mime);
    }

    public void sendAttachment(String to, String subject, String fileName, byte[] content) throws MessagingException {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(FROM);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText("Your report is attached.");
        helper.addAttachment(fileName, new ByteArrayResource(content));
        mailSender.send(mime);
    }
}
