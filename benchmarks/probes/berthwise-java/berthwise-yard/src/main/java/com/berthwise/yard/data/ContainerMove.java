package com.berthwise.yard.data;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import java.time.Instant;

@Table("container_move")
public record ContainerMove(
        @Id Long id,
        @Column("container_no") String containerNo,
        @Column("move_type") String moveType,
        @Column("from_position") String fromPosition,
        @Column("to_position") String toPosition,
        @Column("yard_block") String yardBlock,
        @Column("che_id") String cheId,
        @Column("moved_at") Instant movedAt) {
}
