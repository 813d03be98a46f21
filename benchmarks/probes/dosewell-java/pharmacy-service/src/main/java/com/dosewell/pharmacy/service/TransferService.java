package com.dosewell.pharmacy.service;

import com.dosewell.pharmacy.dto.TransferRequest;
import com.dosewell.pharmacy.integration.StaffDirectory;
import com.dosewell.pharmacy.integration.StaffMember;
import com.dosewell.pharmacy.model.StockTransfer;
import com.dosewell.pharmacy.repository.TransferRepository;
import com.dosewell.pharmacy.security.TokenService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Claims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.naming.NamingException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

@ApplicationScoped
public class TransferService {

    private final SecureRandom secureRandom = new SecureRandom();

    @Inject
    TransferRepository transfers;

    @Inject
    StaffDirectory directory;

    @Inject
    TokenService tokens;

    @Inject
    ObjectMapper mapper;

    @Inject
    @Channel("transfer-requests-out")
    Emitter<String> requests;

    public UUID request(TransferRequest request, String requestedBy) {
        if (request.quantity() <= 0 || request.quantity() > 500) {
            throw new BadRequestException("Quantity must be between 1 and 500");
        }
        if (request.fromCabinet().equals(request.toCabinet())) {
            throw new BadRequestException("Source and destination cabinet are the same");
        }
        UUID id = UUID.randomUUID();
        try {
            requests.send(mapper.writeValueAsString(request.withRequester(id, requestedBy)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /**
     * Second-person check for schedule II transfers: the code is shown on the
     * requester's screen and typed in by the witness.
     */
    @Transactional
    public String issueWitnessCode(UUID transferId) {
        StockTransfer transfer = find(transferId);
        String code = String.format("%06d", secureRandom.nextInt(1_000_000)); // SAFE random
        transfer.witnessCodeHash = sha256(code);
        transfer.status = StockTransfer.Status.AWAITING_WITNESS;
        return code;
    }

    @Transactional
    public StockTransfer witness(UUID transferId, String witnessToken, String code) throws NamingException {
        StockTransfer transfer = find(transferId);
        Claims claims = tokens.verifyWitness(witnessToken);
        if (!transferId.toString().equals(claims.get("transfer", String.class))) {
            throw new ForbiddenException("Witness token issued for another transfer");
        }
        StaffMember witness = directory.findByEmployeeId(claims.get("emp", String.class))
                .orElseThrow(() -> new ForbiddenException("Witness not found in directory"));
        if (witness.uid().equals(transfer.requestedBy)) {
            throw new ForbiddenException("Requester cannot witness their own transfer");
        }
        if (transfer.witnessCodeHash == null || !MessageDigest.isEqual(
                transfer.witnessCodeHash.getBytes(StandardCharsets.US_ASCII),
                sha256(code).getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenException("Witness code does not match");
        }
        transfer.witnessedBy = witness.uid();
        transfer.status = StockTransfer.Status.COMPLETED;
        transfer.completedAt = Instant.now();
        return transfer;
    }

    public String witnessToken(UUID transferId, String employeeId) throws NamingException {
        StaffMember witness = directory.findByEmployeeId(employeeId)
                .orElseThrow(() -> new NotFoundException("Unknown employee"));
        return tokens.issueWitnessToken(witness, transferId);
    }

    public List<StockTransfer> ledger(int schedule, Instant from, Instant to) {
        return transfers.controlledLedger(schedule, from, to);
    }

    private StockTransfer find(UUID id) {
        return transfers.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No transfer " + id));
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
