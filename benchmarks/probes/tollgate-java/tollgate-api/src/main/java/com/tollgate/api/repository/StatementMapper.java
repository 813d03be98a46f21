package com.tollgate.api.repository;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.*;

@Mapper
public interface StatementMapper {

    record StatementLine(String invoiceNo, String reference, LocalDate issuedOn, int totalCents, String status) {}

    List<StatementLine> linesForYear(@Param("accountId") long accountId, @Param("year") int year,
                                     @Param("reference") String reference);
}
