<?php
/**
 * Permit and contractor lookups at the counter.
 * @var mysqli $db
 * @var array $user
 */

$q = trim((string) ($_GET['q'] ?? ''));
$licenceClass = strtoupper(trim((string) ($_GET['class'] ?? '')));

$permits = $q !== '' ? find_permits($db, $q) : [];
$contractors = $licenceClass !== '' ? contractor_report($db, $licenceClass) : [];

if ($q !== '' && isset($_GET['save'])) {
    $saved = load_saved_searches($_COOKIE['saved_searches'] ?? null);
    array_unshift($saved, $q);
    save_searches(array_values(array_unique($saved)));
}
?>
<h1>Lookup</h1>

<form method="get" action="<?= h(BASE_URL) ?>" class="lookup">
    <input type="hidden" name="page" value="lookup">
    <label>Permit, address or applicant <input type="search" name="q" value="<?= h($q) ?>"></label>
    <label>Contractor licence class
        <select name="class">
            <option value="">&ndash;</option>
            <?php foreach (['A', 'B', 'C-10', 'C-20', 'C-36', 'C-46'] as $option): ?>
                <option value="<?= h($option) ?>" <?= $option === $licenceClass ? 'selected' : '' ?>><?= h($option) ?></option>
            <?php endforeach; ?>
        </select>
    </label>
    <label><input type="checkbox" name="save" value="1"> Save this search</label>
    <button type="submit">Search</button>
</form>

<?php
include LEGACY_ROOT . '/templates/lookup_results.php';
