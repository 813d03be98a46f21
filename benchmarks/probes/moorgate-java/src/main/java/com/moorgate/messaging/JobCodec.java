package com.moorgate.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.moorgate.api.InspectionJob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;

/**
 * Encodes inspection jobs for the queue. The scheduling module of the old desk application
 * still publishes Java-serialised jobs, so both formats are accepted.
 */
public class JobCodec {

    public static final String JSON = "application/json";
    public static final String JAVA_SERIALIZED = "application/x-java-serialized-object";

    private final ObjectMapper mapper;

    public JobCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public byte[] encode(InspectionJob job) throws IOException {
        return mapper.writeValueAsBytes(job);
    }

    public InspectionJob decode(byte[] body, String contentType) throws IOException {
        if (JAVA_SERIALIZED.equals(contentType)) {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(body))) {
                return (InspectionJob) in.readObject(); // VULN deser
            } catch (ClassNotFoundException e) {
                throw new IOException("Unknown job class", e);
            }
        }
        return mapper.readValue(body, InspectionJob.class); // SAFE deser
    }
}
