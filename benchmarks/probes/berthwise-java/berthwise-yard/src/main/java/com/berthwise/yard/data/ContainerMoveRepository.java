package com.berthwise.yard.data;

import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

public interface ContainerMoveRepository extends ReactiveCrudRepository<ContainerMove, Long> {
    @Query("SELECT * FROM container_move WHERE yard_block = :#{[0].toUpperCase()} ORDER BY moved_at DESC LIMIT 200") // SAFE sqli
    Flux<ContainerMove> findRecentInBlock(String block);

    Flux<ContainerMove> findByContainerNoOrderByMovedAt(String containerNo);
}
