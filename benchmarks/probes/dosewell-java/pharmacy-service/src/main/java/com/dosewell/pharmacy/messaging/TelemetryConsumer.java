package com.dosewell.pharmacy.messaging;

import com.dosewell.pharmacy.model.Cabinet;
import com.dosewell.pharmacy.util.XmlFactories;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes cabinet telemetry documents:
 * <pre>
 * &lt;telemetry cabinet="ICU-04"&gt;
 *   &lt;temperature&gt;4.2&lt;/temperature&gt;&lt;online&gt;true&lt;/online&gt;
 *   &lt;status&gt;Drawer 3 restocked&lt;/status&gt;&lt;observedAt&gt;2024-05-02T10:15:00Z&lt;/observedAt&gt;
 * &lt;/telemetry&gt;
 * </pre>
 */
@ApplicationScoped
public class TelemetryConsumer {

    private static final Logger LOG = Logger.getLogger(TelemetryConsumer.class);

    @Incoming("cabinet-telemetry-in")
    @Blocking
    @Transactional
    public void onTelemetry(String xml) {
        try {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml)); // VULN xxe
            CabinetReading reading = read(reader);
            Cabinet cabinet = Cabinet.findById(reading.cabinetCode());
            if (cabinet == null) {
                LOG.warnf("Telemetry for unknown cabinet %s", reading.cabinetCode());
                return;
            }
            cabinet.temperatureC = reading.temperatureC();
            cabinet.online = reading.online();
            cabinet.statusMessage = reading.statusMessage();
            cabinet.lastTelemetryAt = reading.observedAt();
        } catch (XMLStreamException | IllegalArgumentException e) {
            LOG.warnf("Dropping malformed telemetry: %s", e.getMessage());
        }
    }

    @Incoming("cabinet-alarms")
    @Blocking
    @Transactional
    public void onAlarm(String xml) {
        try {
            XMLStreamReader reader = XmlFactories.hardenedStaxFactory().createXMLStreamReader(new StringReader(xml)); // SAFE xxe
            CabinetReading reading = read(reader);
            Cabinet cabinet = Cabinet.findById(reading.cabinetCode());
            if (cabinet != null) {
                cabinet.online = reading.online();
                cabinet.statusMessage = "ALARM: " + reading.statusMessage();
                cabinet.lastTelemetryAt = reading.observedAt();
            }
            LOG.warnf("Cabinet alarm %s: %s", reading.cabinetCode(), reading.statusMessage());
        } catch (XMLStreamException | IllegalArgumentException e) {
            LOG.warnf("Dropping malformed alarm: %s", e.getMessage());
        }
    }

    private static CabinetReading read(XMLStreamReader reader) throws XMLStreamException {
        String cabinet = null;
        BigDecimal temperature = null;
        boolean online = true;
        String status = null;
        Instant observedAt = Instant.now();
        try {
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "telemetry", "alarm" -> cabinet = reader.getAttributeValue(null, "cabinet");
                    case "temperature" -> temperature = new BigDecimal(reader.getElementText().trim());
                    case "online" -> online = Boolean.parseBoolean(reader.getElementText().trim());
                    case "status" -> status = reader.getElementText();
                    case "observedAt" -> observedAt = Instant.parse(reader.getElementText().trim());
                    default -> {
                    }
                }
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Bad timestamp", e);
        } finally {
            reader.close();
        }
        if (cabinet == null) {
            throw new IllegalArgumentException("Missing cabinet attribute");
        }
        return new CabinetReading(cabinet, temperature, online, status, observedAt);
    }
}
