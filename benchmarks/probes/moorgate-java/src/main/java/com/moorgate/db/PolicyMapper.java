package com.moorgate.db;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;
import java.util.Map;

public interface PolicyMapper {

    @Select("SELECT policy_number, insured_name, inception_date, expiry_date, limit_amount FROM policies "
            + "WHERE broker_code = #{broker} ORDER BY ${orderColumn} ${orderDirection}") // SAFE sqli
    List<Map<String, Object>> listForBroker(@Param("broker") String broker,
                                            @Param("orderColumn") String orderColumn,
                                            @Param("orderDirection") String orderDirection);

    @Select("SELECT clause_code FROM policy_clauses WHERE policy_number = #{policyNumber}")
    List<String> clausesFor(@Param("policyNumber") String policyNumber);
}
