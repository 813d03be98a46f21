package com.tollgate.api.service;

import com.tollgate.api.domain.Dispute;
import com.tollgate.api.repository.DisputeRepository;
import java.time.*;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

@Service
@RequiredArgsConstructor
public class DisputeService {

    private final DisputeRepository disputes;
    private final JdbcTemplate jdbc;
    private final CorrespondenceService correspondence;
    private final EvidenceService evidence;

    @Transactional
    public Dispute open(long accountId, Dispute.Draft draft) {
        LocalDateTime passageTime = jdbc.queryForObject("SELECT passed_at FROM passages WHERE id = ? AND account_id = ?",
                LocalDateTime.class, draft.passageId(), accountId);
        Long sequence = jdbc.queryForObject("SELECT nextval('dispute_ref_seq')", Long.class);
        String reference = "DSP-%d-%06d".formatted(Year.now().getValue(), sequence);
        Dispute dispute = disputes.insert(new Dispute(null, reference, accountId, draft.passageId(), passageTime,
                Dispute.Reason.parse(draft.reason()), "OPEN", draft.comment(), draft.contactEmail()));

        correspondence.sendAcknowledgement(dispute);
        correspondence.sendCaseSummary(dispute);
        if (draft.evidenceUrl() != null && !draft.evidenceUrl().isBlank()) {
            evidence.attachRemote(dispute.id(), draft.evidenceUrl());
        }
        return dispute;
    }

    public Dispute get(long id) {
        return disputes.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
