<?php

declare(strict_types=1);

namespace Lanternhill\Messenger;

use Lanternhill\Model\Security\PathSafety;
use Nette\Database\Explorer;
use Psr\Log\LoggerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

/**
 * Renders the printable programme (cast list, director's notes, sponsors)
 * to PDF with wkhtmltopdf and, for multi-copy print runs, concatenates the
 * copies with Ghostscript so the print shop receives one file.
 */
#[AsMessageHandler]
final class RenderProgramHandler
{
	public function __construct(
		private readonly string $programDir,
		private readonly Explorer $db,
		private readonly LoggerInterface $logger,
	) {
	}

	public function __invoke(RenderProgramMessage $message): void
	{
		$production = $this->db->table('production')->get($message->productionId);
		if ($production === null) {
			$this->logger->warning('Programme requested for missing production', ['id' => $message->productionId]);
			return;
		}

		PathSafety::ensureDirectory($this->programDir);
		$htmlFile = sprintf('%s/programme-%d.html', $this->programDir, $production->id);
		$pdfFile = sprintf('%s/programme-%d.pdf', $this->programDir, $production->id);
		file_put_contents($htmlFile, $this->buildHtml($production->id, (string) $production->title, (string) $production->director_notes));

		$output = shell_exec('wkhtmltopdf --quiet --print-media-type --page-size ' . $message->paperSize . ' ' . escapeshellarg($htmlFile) . ' ' . escapeshellarg($pdfFile) . ' 2>&1'); // VULN cmdi
		if (!is_file($pdfFile)) {
			$this->logger->error('wkhtmltopdf failed', ['output' => $output]);
			return;
		}

		if ($message->copies > 1) {
			$this->concatenateCopies($pdfFile, $message->copies, sprintf('%s/programme-%d-print.pdf', $this->programDir, $production->id));
		}

		$this->db->table('production')->where('id', $production->id)->update([
			'programme_rendered_at' => new \DateTimeImmutable(),
			'programme_rendered_by' => $message->requestedBy,
		]);
	}

	private function concatenateCopies(string $pdfFile, int $copies, string $printFile): void
	{
		$argv = ['gs', '-q', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite', '-sOutputFile=' . $printFile, ...array_fill(0, $copies, $pdfFile)];
		$descriptors = [1 => ['pipe', 'w'], 2 => ['pipe', 'w']];

		$process = proc_open($argv, $descriptors, $pipes); // SAFE cmdi
		if (!is_resource($process)) {
			throw new \RuntimeException('Could not start Ghostscript');
		}
		$stderr = stream_get_contents($pipes[2]);
		fclose($pipes[1]);
		fclose($pipes[2]);
		if (proc_close($process) !== 0) {
			$this->logger->error('Ghostscript failed', ['stderr' => $stderr]);
		}
	}

	private function buildHtml(int $productionId, string $title, string $notes): string
	{
		$cast = $this->db->fetchAll(
			'SELECT c.role_name, p.display_name FROM cast_member c JOIN person p ON p.id = c.person_id WHERE c.production_id = ? ORDER BY c.billing_order',
			$productionId,
		);
		$sponsors = $this->db->fetchPairs('SELECT id, name FROM sponsor WHERE production_id = ? ORDER BY tier, name', $productionId);

		$e = static fn(string $s): string => htmlspecialchars($s, ENT_QUOTES | ENT_HTML5, 'UTF-8');
		$html = '<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="programme.css"></head><body>';
		$html .= '<h1>' . $e($title) . '</h1><section class="notes">' . nl2br($e($notes)) . '</section><table class="cast">';
		foreach ($cast as $row) {
			$html .= '<tr><td>' . $e((string) $row->role_name) . '</td><td>' . $e((string) $row->display_name) . '</td></tr>';
		}
		$html .= '</table><footer><h2>With thanks to</h2><ul>';
		foreach ($sponsors as $name) {
			$html .= '<li>' . $e((string) $name) . '</li>';
		}
		return $html . '</ul></footer></body></html>';
	}
}
