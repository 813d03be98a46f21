package com.cargomark.callbacks.edi;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

class StatusMessageHandler extends DefaultHandler {

    private final List<StatusMessage> messages = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private String container;
    private String code;
    private String location;
    private String time;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        text.setLength(0);
        if ("Status".equals(localName)) {
            container = null;
            code = attributes.getValue("code");
            location = null;
            time = null;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "ContainerNumber" -> container = text.toString().trim();
            case "Location" -> location = text.toString().trim();
            case "EventTime" -> time = text.toString().trim();
            case "Status" -> messages.add(new StatusMessage(container, code, location, time));
            default -> {
            }
        }
    }

    List<StatusMessage> messages() {
        return messages;
    }
}
