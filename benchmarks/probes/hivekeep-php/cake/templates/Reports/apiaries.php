<?php
/**
 * @var \App\View\AppView $this
 * @var array $rows
 * @var string $region
 * @var string $sort
 * @var string $direction
 */
$this->assign('title', 'Colony strength by apiary');
$flip = strtolower($direction) === 'asc' ? 'desc' : 'asc';
$header = function (string $key, string $label) use ($region, $flip) {
    return $this->Html->link($label, ['?' => ['region' => $region, 'sort' => $key, 'direction' => $flip]]);
};
?>
<h1>Colony strength &ndash; <?= h(ucfirst($region)) ?> region</h1>
<table class="report">
    <thead>
        <tr>
            <th><?= $header('apiary', 'Apiary') ?></th>
            <th><?= $header('owner', 'Keeper') ?></th>
            <th><?= $header('hives', 'Hives') ?></th>
            <th><?= $header('strength', 'Mean brood frames') ?></th>
        </tr>
    </thead>
    <tbody>
    <?php foreach ($rows as $row): ?>
        <tr>
            <td><?= h($row['apiary_code']) ?></td>
            <td><?= h($row['display_name']) ?></td>
            <td><?= (int)$row['hive_count'] ?></td>
            <td><?= $row['avg_brood'] === null ? '&ndash;' : number_format((float)$row['avg_brood'], 1) ?></td>
        </tr>
    <?php endforeach; ?>
    </tbody>
</table>
