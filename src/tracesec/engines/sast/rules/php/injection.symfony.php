<?php

namespace App\Controller;

use App\Dto\ImportRequest;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Attribute\MapQueryParameter;
use Symfony\Component\HttpKernel\Attribute\MapRequestPayload;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\Routing\Attribute\Route;

final class ReportController extends AbstractController
{
    public function __construct(private readonly string $reportDir, private readonly EntityManagerInterface $em) {}

    // a route parameter of a Symfony action
    #[Route('/reports/{name}', methods: ['GET'])]
    public function download(int $year, string $name): BinaryFileResponse
    {
        // ruleid: trace.php.path-traversal.tainted-file-path
        return new BinaryFileResponse($this->reportDir . '/' . $year . '/' . $name);
    }

    // a helper named for keeping the path inside its root
    #[Route('/archive/{name}', methods: ['GET'])]
    public function archived(string $name): BinaryFileResponse
    {
        $path = $this->storage->resolveInside('archive', $name);
        // ok: trace.php.path-traversal.tainted-file-path
        return new BinaryFileResponse($path);
    }

    // the year is an int: no route text reaches the path
    #[Route('/reports/{year}/summary', methods: ['GET'])]
    public function summary(int $year): BinaryFileResponse
    {
        // ok: trace.php.path-traversal.tainted-file-path
        return new BinaryFileResponse($this->reportDir . '/' . $year . '/summary.pdf');
    }

    // #[MapQueryParameter] reads the query string
    #[Route('/people', methods: ['GET'])]
    public function people(#[MapQueryParameter] string $name = ''): array
    {
        $filter = '(cn=*' . $name . '*)';
        // ruleid: trace.php.ldap-injection.tainted-filter
        return ldap_search($this->link, 'ou=People,dc=example,dc=com', $filter);
    }

    // an uploaded file's path on the server is chosen by PHP, not by the client
    #[Route('/import', methods: ['POST'])]
    public function import(Request $request): array
    {
        $file = $request->files->get('feed');
        // ok: trace.php.path-traversal.tainted-file-path
        return [file_get_contents($file->getPathname())];
    }

    // Doctrine's QueryBuilder: a condition concatenated from the request
    #[Route('/offers', methods: ['GET'])]
    public function offers(Request $request): array
    {
        $status = $request->query->get('status');
        $qb = $this->em->createQueryBuilder()->select('o')->from('App\Entity\Offer', 'o');
        // ruleid: trace.php.sql-injection.tainted-query
        $qb->andWhere("o.status = '" . $status . "'");
        // ok: trace.php.sql-injection.tainted-query
        $qb->andWhere('o.status = :status')->setParameter('status', $status);
        // ruleid: trace.php.sql-injection.tainted-query
        $qb->orderBy($request->query->get('sort'), 'ASC');

        return $qb->getQuery()->getResult();
    }

    // a DTO mapped from the JSON body
    #[Route('/offers', methods: ['POST'])]
    public function submit(#[MapRequestPayload] ImportRequest $payload): array
    {
        // ruleid: trace.php.sql-injection.tainted-query
        return $this->em->createQuery("SELECT o FROM App\Entity\Offer o WHERE o.email = '" . $payload->email . "'")->getResult();
    }
}

final class ImportService
{
    // a request DTO handed to a service: its fields are the client's
    public function fetch(ImportRequest $request): string
    {
        // ruleid: trace.php.ssrf.tainted-url
        return $this->http->request('GET', $request->feedUrl)->getContent();
    }

    public function fetchPartner(ImportRequest $request): string
    {
        // ok: trace.php.ssrf.tainted-url
        return $this->http->request('GET', 'https://partner.example.com/feed?agent=' . $request->agentId())->getContent();
    }
}

final class CorsSubscriber
{
    public function onKernelResponse(ResponseEvent $event): void
    {
        $origin = $event->getRequest()->headers->get('Origin');
        $headers = $event->getResponse()->headers;
        // ruleid: trace.php.cors.reflected-origin
        $headers->set('Access-Control-Allow-Origin', $origin);
        $headers->set('Access-Control-Allow-Credentials', 'true');
    }

    public function onAllowedOrigin(ResponseEvent $event): void
    {
        $origin = $event->getRequest()->headers->get('Origin');
        if (!in_array($origin, self::ALLOWED, true)) {
            return;
        }
        $headers = $event->getResponse()->headers;
        // ok: trace.php.cors.reflected-origin
        $headers->set('Access-Control-Allow-Origin', $origin);
        $headers->set('Access-Control-Allow-Credentials', 'true');
    }
}

final class ActivityController extends AbstractController
{
    // Symfony's all('filter') returns the array the client sent: filter[agent][$ne]=x
    public function activity(Request $request): array
    {
        $filter = $request->query->all('filter');
        $criteria = [];
        $criteria['agentId'] = $filter['agent'];
        // ruleid: trace.php.nosql-injection.operator-injection
        return $this->events->find($criteria, ['limit' => 50])->toArray();
    }

    public function byAgent(Request $request): array
    {
        $criteria = [];
        $criteria['agentId'] = (string) $request->query->all('filter')['agent'];
        // ok: trace.php.nosql-injection.operator-injection
        return $this->events->find($criteria, ['limit' => 50])->toArray();
    }
}

final class NewsletterController extends AbstractController
{
    // a layout picked from the application's configuration by a route parameter
    #[Route('/newsletter/{layout}', methods: ['GET'])]
    public function layout(string $layout): string
    {
        $layouts = config('newsletter.layouts');
        // ok: trace.php.template-injection.tainted-template
        $fixed = $this->twig->createTemplate($layouts[$layout] ?? $layouts['default']);
        // ruleid: trace.php.template-injection.tainted-template
        $own = $this->twig->createTemplate('{% block body %}' . $layout . '{% endblock %}');

        return $fixed->render([]) . $own->render([]);
    }

    // a helper named for a same-site path
    #[Route('/continue/{next}', methods: ['GET'])]
    public function continue(string $next): RedirectResponse
    {
        if ($next === '') {
            // ruleid: trace.php.open-redirect.tainted-redirect
            return $this->redirect($next . '?from=continue');
        }
        // ok: trace.php.open-redirect.tainted-redirect
        return $this->redirect(UrlGuard::internalPath($next));
    }
}

final class FolderController extends AbstractController
{
    public function folder(Request $request): array
    {
        $folder = $request->query->all('folder');
        $folder = in_array($folder, self::FOLDERS, true) ? $folder : 'inbox';
        // ok: trace.php.nosql-injection.operator-injection
        return $this->messages->find(['folder' => $folder], ['limit' => 50])->toArray();
    }

    public function label(Request $request): array
    {
        $labels = $request->query->all('labels');
        // ruleid: trace.php.nosql-injection.operator-injection
        return $this->messages->find(['labels' => $labels], ['limit' => 50])->toArray();
    }
}

final class LocaleSubscriber
{
    // the request an event or the request stack hands over
    public function onKernelRequest(RequestEvent $event): void
    {
        $next = $event->getRequest()->query->get('next');
        // ruleid: trace.php.open-redirect.tainted-redirect
        $event->setResponse(new RedirectResponse($next));
        $lang = $this->requestStack->getCurrentRequest()->query->get('lang');
        // ruleid: trace.php.sql-injection.tainted-query
        $this->conn->executeQuery("SELECT label FROM labels WHERE lang = '" . $lang . "'");
        // ok: trace.php.sql-injection.tainted-query
        $this->conn->executeQuery('SELECT label FROM labels WHERE lang = ?', [$lang]);
        // ok: trace.php.open-redirect.tainted-redirect
        $event->setResponse(new RedirectResponse('/' . $this->defaultLocale . '/'));
    }
}

final class HoldController extends AbstractController
{
    // a method of the class that returns the decoded body: its calls are request data
    public function search(Request $request): JsonResponse
    {
        $criteria = $this->jsonBody($request);
        // ruleid: trace.php.nosql-injection.operator-injection
        $holds = $this->holds->find(['memberCard' => $criteria['member']], ['limit' => 50]);
        // ok: trace.php.nosql-injection.operator-injection
        $mine = $this->holds->find(['memberCard' => (string) $criteria['member']], ['limit' => 50]);
        // ruleid: trace.php.sql-injection.tainted-query
        $this->conn->executeQuery("SELECT * FROM holds WHERE branch = '" . $criteria['branch'] . "'");
        $settings = $this->defaults();
        // ok: trace.php.sql-injection.tainted-query
        $this->conn->executeQuery("SELECT * FROM holds WHERE branch = '" . $settings['branch'] . "'");
        return $this->json(['holds' => $holds, 'mine' => $mine]);
    }

    public function position(Request $request): JsonResponse
    {
        $body = json_decode($request->getContent(), true);
        // ruleid: trace.php.nosql-injection.operator-injection
        return $this->json($this->holds->findOne(['isbn' => $body['isbn']]));
    }

    private function jsonBody(Request $request): array
    {
        try {
            $data = json_decode($request->getContent(), true, 16, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            throw new BadRequestHttpException('Invalid JSON');
        }
        return is_array($data) ? $data : [];
    }

    private function defaults(): array
    {
        $data = json_decode((string) file_get_contents($this->configFile), true);
        return is_array($data) ? $data : [];
    }
}

// a Symfony Messenger handler: the message was filled by whoever dispatched it
#[AsMessageHandler]
final class MakeThumbnailHandler
{
    public function __construct(private readonly string $convert) {}

    public function __invoke(MakeThumbnail $message): void
    {
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec($this->convert . ' ' . $message->getPath() . ' -resize 200x200 thumb.png');
        // ok: trace.php.command-injection.tainted-command
        shell_exec($this->convert . ' ' . escapeshellarg($message->getPath()) . ' -resize 200x200 thumb.png');
        // ok: trace.php.command-injection.tainted-command
        shell_exec($this->convert . ' input.png -resize ' . (int) $message->width . 'x thumb.png');
        // ok: trace.php.command-injection.tainted-command
        shell_exec($this->convert . ' ' . $message->getUserId() . '.png -resize 200x200 thumb.png');
    }
}

// the attribute with arguments is not matched; the handler's and message's names say it
final class TranscodeAudioHandler
{
    public function __invoke(TranscodeAudioMessage $message): void
    {
        // ruleid: trace.php.command-injection.tainted-command
        exec('ffmpeg -i ' . $message->source . ' out.mp3');
    }
}

// an exception handler is no message handler
final class LogErrorHandler
{
    public function __invoke(\Throwable $error): void
    {
        // ok: trace.php.command-injection.tainted-command
        exec('logger ' . $error->getMessage());
    }
}

// a size in a command line is text (`A4`, `800x600`), not a number
#[AsMessageHandler]
final class RenderReceiptHandler
{
    public function __invoke(RenderReceipt $message): void
    {
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec(sprintf('wkhtmltopdf --page-size %s in.html out.pdf', $message->paperSize));
        // ok: trace.php.command-injection.tainted-command
        shell_exec(sprintf('wkhtmltopdf --page-size %s in.html out.pdf', escapeshellarg($message->paperSize)));
    }
}

final class RuleController extends AbstractController
{
    public function __construct(private readonly ExpressionLanguage $language) {}

    public function preview(Request $request): JsonResponse
    {
        // ruleid: trace.php.code-injection.tainted-code
        $matched = (bool) $this->language->evaluate($request->request->getString('rule'), ['donation' => $this->sample()]);
        // ok: trace.php.code-injection.tainted-code
        $fixed = $this->language->evaluate('donation.getAmount() > 100', ['donation' => $request->request->getString('rule')]);

        return $this->json(['matched' => $matched, 'fixed' => $fixed]);
    }

    public function thumbnail(Request $request): Response
    {
        $size = $request->query->getString('size', '320x180');
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('convert in.png -thumbnail ' . $size . ' out.png');
        // a format check of a validation class, failed with a reset
        if (!InputPatterns::isGeometry($size)) {
            $size = '320x180';
        }
        // ok: trace.php.command-injection.tainted-command
        shell_exec('convert in.png -thumbnail ' . $size . ' out.png');

        $mode = $request->query->getString('mode');
        // a check of a URL's form says nothing of a shell argument
        if (!InputPatterns::isHttpUrl($mode)) {
            $mode = 'fit';
        }
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('convert in.png -' . $mode . ' out.png');

        return new Response('');
    }

    public function cancel(Request $request): Response
    {
        $returnTo = $request->query->getString('return_to');
        // a check named for a local target wraps the redirect
        if (UrlGuard::isLocalPath($returnTo)) {
            // ok: trace.php.open-redirect.tainted-redirect
            return $this->redirect($returnTo);
        }
        // a check named for something else is none
        if (UrlGuard::hasQuery($returnTo)) {
            // ruleid: trace.php.open-redirect.tainted-redirect
            return $this->redirect($returnTo);
        }

        $next = $request->query->getString('next');
        // the same check failed with a reset
        if (!UrlGuard::isLocalPath($next)) {
            $next = '/';
        }
        // ok: trace.php.open-redirect.tainted-redirect
        return $this->redirect($next);
    }

    public function statement(Request $request): BinaryFileResponse
    {
        $base = realpath($this->dir . '/statements');
        $path = $base === false ? false : realpath($base . DIRECTORY_SEPARATOR . $request->query->get('file'));
        if ($base === false || $path === false || !str_starts_with($path, $base . DIRECTORY_SEPARATOR)) {
            throw new NotFoundHttpException();
        }
        // ok: trace.php.path-traversal.tainted-file-path
        return new BinaryFileResponse($path);
    }

    public function onKernelResponse(ResponseEvent $event): void
    {
        $request = $event->getRequest();
        $origin = $request->headers->get('Origin');
        // a pattern anchored only at its end lets `evilexample.org` through
        if ($origin !== null && preg_match('/example\.org$/', $origin)) {
            $response = $event->getResponse();
            // ruleid: trace.php.cors.reflected-origin
            $response->headers->set('Access-Control-Allow-Origin', $origin);
            $response->headers->set('Access-Control-Allow-Credentials', 'true');
        }
        if ($origin !== null && preg_match('/^https:\/\/([a-z0-9-]+\.)?example\.org$/D', $origin)) {
            $response = $event->getResponse();
            // ok: trace.php.cors.reflected-origin
            $response->headers->set('Access-Control-Allow-Origin', $origin);
            $response->headers->set('Access-Control-Allow-Credentials', 'true');
        }
    }
}
