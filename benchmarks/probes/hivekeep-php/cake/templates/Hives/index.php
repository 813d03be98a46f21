<?php
/**
 * @var \App\View\AppView $this
 * @var string $apiary
 * @var iterable<\App\Model\Entity\Hive> $hives
 * @var array $statusCounts
 */
$this->assign('title', 'Hive registry');
?>
<h1>Hive registry</h1>

<?= $this->Form->create(null, ['type' => 'get']) ?>
    <?= $this->Form->control('apiary', ['label' => 'Apiary code', 'value' => $apiary]) ?>
    <?= $this->Form->button('Show hives') ?>
<?= $this->Form->end() ?>

<?php if ($apiary !== ''): ?>
    <h2>Apiary <?= h($apiary) ?></h2>
    <ul class="queen-summary">
        <?php foreach ($statusCounts as $row): ?>
            <li><?= h($row['queen_status']) ?>: <?= (int)$row['total'] ?></li>
        <?php endforeach; ?>
    </ul>
    <table class="hives">
        <thead><tr><th>Tag</th><th>Queen</th><th>Keeper</th></tr></thead>
        <tbody>
        <?php foreach ($hives as $hive): ?>
            <tr>
                <td><?= $this->Html->link($hive->tag_number, ['action' => 'view', $hive->id]) ?></td>
                <td><?= h($hive->queen_status) ?></td>
                <td><?= h($hive->member->display_name ?? '') ?></td>
            </tr>
        <?php endforeach; ?>
        </tbody>
    </table>
<?php endif; ?>
