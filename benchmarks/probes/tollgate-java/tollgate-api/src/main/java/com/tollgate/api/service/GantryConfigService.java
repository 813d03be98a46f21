package com.tollgate.api.service;

import java.io.StringReader;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.*;
import javax.xml.xpath.*;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.w3c.dom.*;
import org.xml.sax.InputSource;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.NOT_FOUND;

@Service
@RequiredArgsConstructor
public class GantryConfigService {

    public record GantryConfig(String gantryId, String version, int lanes) {}

    private final Map<String, Document> configs = new ConcurrentHashMap<>();
    private final XPathFactory xpathFactory = XPathFactory.newInstance();
    private final JdbcTemplate jdbc;

    public GantryConfig importConfig(String gantryId, String xml) {
        Document doc;
        try {
            DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            doc = builder.parse(new InputSource(new StringReader(xml))); // VULN xxe
        } catch (Exception e) {
            throw new ResponseStatusException(BAD_REQUEST, "gantry configuration is not valid XML");
        }
        Element root = doc.getDocumentElement();
        int lanes = root.getElementsByTagName("lane").getLength();
        configs.put(gantryId, doc);
        jdbc.update("UPDATE gantries SET config_version = ?, lane_count = ? WHERE id = ?", root.getAttribute("version"), lanes, gantryId);
        return new GantryConfig(gantryId, root.getAttribute("version"), lanes);
    }

    public Map<String, String> describeLane(String gantryId, String laneCode) throws XPathExpressionException {
        XPathExpression expr = xpathFactory.newXPath().compile("/gantry/lanes/lane[@code='" + laneCode + "']"); // VULN xpath
        Element lane = (Element) expr.evaluate(require(gantryId), XPathConstants.NODE);
        if (lane == null) {
            throw new ResponseStatusException(NOT_FOUND, "lane not configured");
        }
        return Map.of("code", lane.getAttribute("code"), "direction", lane.getAttribute("direction"),
                "vehicleClass", lane.getAttribute("vehicleClass"), "camera", lane.getAttribute("camera"));
    }

    public List<String> lanesForClass(String gantryId, String vehicleClass) throws XPathExpressionException {
        XPath xpath = xpathFactory.newXPath();
        xpath.setXPathVariableResolver(qname -> "vc".equals(qname.getLocalPart()) ? vehicleClass : null);
        XPathExpression expr = xpath.compile("/gantry/lanes/lane[@vehicleClass=$vc]/@code"); // SAFE xpath
        NodeList nodes = (NodeList) expr.evaluate(require(gantryId), XPathConstants.NODESET);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            codes.add(nodes.item(i).getNodeValue());
        }
        return codes;
    }

    private Document require(String gantryId) {
        Document doc = configs.get(gantryId);
        if (doc == null) {
            throw new ResponseStatusException(NOT_FOUND, "no configuration loaded for " + gantryId);
        }
        return doc;
    }
}
