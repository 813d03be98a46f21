package com.cargomark.repository;

import java.util.List;

import com.cargomark.domain.CustomsDeclaration;
import com.cargomark.web.dto.DeclarationFilter;

public interface DeclarationRepositoryCustom {

    List<CustomsDeclaration> findByFilter(DeclarationFilter filter);
}
