package dto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * Unit of work placed on the exchange topic. Serialized with Java serialization because the
 * legacy Svalbard-mirror producer still emits this format.
 */
public class ExchangeMessage implements Serializable {

    private static final long serialVersionUID = 3L;

    public enum Kind { CREATED, APPROVED, SHIPPED, VIABILITY_CHECK }

    public Kind kind;
    public long exchangeId;
    public long supplyingGardenId;
    public long requestingGardenId;
    public String species;
    public String note;

    public ExchangeMessage() {
    }

    public ExchangeMessage(Kind kind, long exchangeId, long supplyingGardenId, long requestingGardenId,
                           String species, String note) {
        this.kind = kind;
        this.exchangeId = exchangeId;
        this.supplyingGardenId = supplyingGardenId;
        this.requestingGardenId = requestingGardenId;
        this.species = species;
        this.note = note;
    }

    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeObject(this);
        }
        return buffer.toByteArray();
    }

    public static ExchangeMessage fromBytes(byte[] payload) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            Object decoded = in.readObject(); // VULN deser
            if (!(decoded instanceof ExchangeMessage)) {
                throw new IOException("Unexpected payload type " + decoded.getClass().getName());
            }
            return (ExchangeMessage) decoded;
        }
    }

    @Override
    public String toString() {
        return kind + "#" + exchangeId;
    }
}
