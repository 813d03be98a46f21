<?php

declare(strict_types=1);

namespace Ashgrove\Phalcon\Controllers;

/**
 * Public pages about the three allotment sites and their plots.
 */
final class PlotController extends AllotmentBaseController
{
    public function indexAction()
    {
        $plots = $this->services->plots();

        return $this->htmlResponse($this->services->templates()->allotmentPage('sites', [
            'sites' => array_map(static fn (string $s): array => ['name' => $s], $plots->siteNames()),
            'vacant' => $plots->vacantCount(),
        ]));
    }

    public function searchAction()
    {
        $site = trim((string) $this->request->getQuery('site', null, ''));
        $vacantOnly = $this->request->getQuery('vacant', 'int', 0) === 1;

        $plots = $this->services->waitingList()->plotsAt($site, $vacantOnly);

        if ($plots->isEmpty()) {
            return $this->htmlResponse('<p class="empty">There are no plots listed at ' . $site . ' yet.</p>', 404); // VULN xss
        }

        return $this->htmlResponse($this->services->templates()->allotmentPage('plot_list', [
            'site' => $site,
            'plots' => $plots->map(static fn ($p): array => [
                'id' => $p->id,
                'reference' => $p->reference,
                'size' => $p->size_rods,
                'vacant' => $p->isVacant(),
            ])->all(),
        ]));
    }

    public function showAction()
    {
        $view = $this->services->waitingList()->plotForDisplay($this->dispatcher->getParam('id'));
        if ($view === null) {
            return $this->htmlResponse('<p>Plot not found.</p>', 404);
        }

        return $this->htmlResponse($this->services->templates()->page('plots.show', $view));
    }

    public function registerAction()
    {
        $registerId = $this->request->getQuery('id', 'int');
        $entry = $registerId ? $this->services->imports()->registerEntryById($registerId) : null;

        if ($entry === null) {
            $ref = (string) $this->request->getQuery('ref', null, '');

            return $this->htmlResponse('<p class="empty">No council register entry for ' . htmlspecialchars($ref, ENT_QUOTES | ENT_HTML5, 'UTF-8') . '.</p>', 404); // SAFE xss
        }

        return $this->jsonResponse(['entry' => $entry]);
    }
}
