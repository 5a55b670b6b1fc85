/*
 * La interfaz en español: las mismas claves que src/i18n/en.ts, ni una más ni una menos
 * (src/lib/i18n.ts lo comprueba al construir). Tú, no usted; palabras que se entiendan en
 * América Latina y en España. path.* forma parte de URLs públicas: no se cambia nunca.
 */
import type { Strings } from '@/lib/i18n';

export default {
	'language.name': 'Español',
	'language.tag': 'es',
	'language.ogLocale': 'es_ES',
	'language.dir': 'ltr',

	'path.steps': 'pasos',
	'path.guide': 'guia',
	'path.search': 'buscar',
	'path.offline': 'sin-conexion',

	'model.countWords': 'cero,uno,dos,tres,cuatro,cinco,seis,siete,ocho,nueve,diez,once,doce',
	'model.stepTitle': 'Paso {n}: {title}',
	'model.stepOf': 'Paso {n} de {of}',
	'model.introFooter': 'Los {count} pasos',
	'model.introList': 'La introducción',
	'model.introEyebrow': 'Una guía en {n} pasos',
	'model.guideTitle': 'La guía completa',
	'model.guideLabel': 'Toda la guía en una página',
	'model.guideSummary':
		'{title}: la introducción y los {count} pasos en una sola página, para leerla de corrido o imprimirla.',
	'model.guideCardSummary': 'La introducción y los {n} pasos, para leerla de corrido o imprimirla.',
	'model.searchTitle': 'Buscar',
	'model.searchLabel': 'Buscar en la guía',
	'model.searchSummary': 'Busca en la guía lo que te preocupa y ve directo a la parte que habla de eso.',
	'model.notFoundTitle': 'Página no encontrada',
	'model.notFoundSummary': 'Esta página no está aquí. Aquí tienes todas las páginas de la guía.',
	'model.offlineTitle': 'Estás sin conexión',
	'model.offlineSummary': 'Esta página no está guardada en este dispositivo. Estas páginas de la guía sí lo están.',

	'section.step': 'paso-{n}',
	'section.inShort': 'paso-{n}-en-resumen',
	'section.tryThis': 'paso-{n}-prueba-esto',

	'langLink.nav': 'Otros idiomas',

	// La interfaz: el texto de los componentes, las plantillas, las islas y las páginas.

	'layout.skipLink': 'Saltar al contenido',
	'header.menuLabel': 'Pasos',
	'header.menu': 'Todos los pasos',
	'footer.label': 'Pie de página',
	'footer.about':
		'{site} es una guía para quienes alejaron a alguien que los quería. No usa cookies ni envía nada a ningún sitio: lo que haces aquí se queda en tu dispositivo.',

	'progress.label': 'Tu avance por la guía',
	'progress.stepOf': 'Paso {n} de {of}',
	'reading.minutes': '{n} min de lectura',
	'toc.label': 'Contenido',
	'toc.title': 'En esta página',
	'keyPoints.inShort': 'En resumen',
	'keyPoints.tryThis': 'Prueba esto',
	'nav.label': 'Paso anterior y siguiente',
	'nav.previous': 'Anterior: paso {n}',
	'nav.backTo': 'Volver a',
	'nav.next': 'Siguiente: paso {n}',
	'nav.nextPage': 'Siguiente',
	'nav.allSteps': 'Los {count} pasos',
	'section.linkTo': 'Enlace a la sección: {heading}',
	'checklist.title': 'Lista para tu disculpa',
	'checklist.ownPage': '{link}, con las mismas marcas y el mismo borrador.',
	'checklist.ownPageLink': 'La lista también tiene su propia página',
	'search.stepLabel': 'Paso {n}',

	'stepCard.step': 'Paso {n}:',
	'intro.steps': 'Los {count} pasos',
	'intro.stepsText':
		'Cada uno se lee en pocos minutos y se vive durante más tiempo. Arriba está cómo encajan entre sí.',
	'intro.wholeGuideAsk': '¿Prefieres leerla de una vez o imprimirla?',
	'intro.wholeGuide': 'Lee la guía completa en una sola página',
	'intro.more': 'Más de la guía',
	'intro.tools': 'Herramientas',
	'intro.toolsPrivateOne':
		'Funciona solo en tu dispositivo: nada de lo que respondes o escribes se envía a ningún sitio.',
	'intro.toolsPrivateTwo':
		'Las dos funcionan solo en tu dispositivo: nada de lo que respondes o escribes se envía a ningún sitio.',
	'intro.toolsPrivateMany':
		'Todas funcionan solo en tu dispositivo: nada de lo que respondes o escribes se envía a ningún sitio.',

	'guide.meta': 'La guía completa en una sola página · {time}',
	'guide.stepMeta': 'Paso {n} de {of} · {time}',
	'guide.openStep': 'Abrir el paso {n} en su propia página',

	'searchPage.title': 'Buscar en la guía',
	'searchPage.summary':
		'Escribe lo que te preocupa, con tus propias palabras, y ve directo a la parte que habla de eso.',
	'searchPage.allPages': 'Todas las páginas de la guía',
	'searchPage.noJs':
		'La búsqueda necesita JavaScript, que está desactivado o no se cargó en este navegador. Abajo tienes todas las páginas de la guía.',
	'searchPage.dev':
		'La búsqueda funciona cuando el sitio está construido: ejecuta “npm run build” y recarga. Abajo tienes todas las páginas de la guía.',
	'searchPage.failed':
		'La búsqueda no pudo cargarse ahora. Revisa tu conexión y recarga la página, o elige una página de la lista de abajo.',
	'searchPage.boxLabel': 'Buscar en esta página',
	'notFound.title': 'Esta página no está aquí',
	'notFound.text':
		'Puede que el enlace esté mal escrito o que la página se haya movido. Todo lo de la guía sigue aquí; retoma donde lo dejaste:',
	'offline.text':
		'Esta página necesita conexión, y este dispositivo no tiene ahora mismo. La guía completa está guardada aquí, así que cualquiera de estas páginas se abre sin conexión:',
	'offline.back': 'Cuando vuelvas a tener conexión, la página que pediste se abrirá como siempre.',
	'short.continue': 'Ir al paso',

	'search.button': 'Buscar',
	'search.dialog': 'Buscar en la guía',
	'search.close': 'Cerrar la búsqueda',
	'search.input': 'Buscar en la guía',
	'search.placeholder': 'Busca en la guía, con tus propias palabras',
	// Sin tildes (se comparan sin ellas: "qué", "que" y "q" se van), con la taquigrafía de los lectores
	// ("q"/"k" por que, "x" por por, "pq"/"xq" por porque). "no" y "si" se quedan: cambian lo que se
	// pregunta ("y si me dice que sí"); "novio" y "pareja" también: "mi ex ya tiene novio" no tiene otra palabra.
	'search.stopWords':
		'yo me mi mis mio mia mios mias conmigo tu tus te ti contigo usted el ella ellos ellas ello lo la los las le les se su sus nos nosotros nosotras nuestro nuestra esto eso esta este ese esa ex alguien persona un una unos unas uno y e o u ni pero de del a al en con por para x sin sobre entre hasta que q k como cuando donde quien quienes cual cuales porque pq xq es son era eran fue ser soy estar estoy estas esta estan estaba he ha has han hay habia tengo tienes tiene tener hago haces hace hacer puedo puedes puede poder debo debe deberia quiero quieres quiere querer voy va ir muy mas ya tan tambien solo algo',
	'search.results': 'Resultados de la búsqueda',
	'search.none': 'No se encontró nada para “{query}”. Prueba con menos palabras, o con otras.',
	'search.one': '1 página encontrada para “{query}”',
	'search.many': '{n} páginas encontradas para “{query}”',
	'search.failed': 'La búsqueda no pudo cargarse ahora. Revisa tu conexión y vuelve a intentarlo.',
	'search.sections': 'Secciones de {title}',
	'search.toolLabel': 'Herramienta',
	'highlight.one': '{n} coincidencia resaltada',
	'highlight.many': '{n} coincidencias resaltadas',
	'highlight.clear': 'Quitar el resaltado',

	// Las líneas de ayuda: solo lo que cada organización dice en su propia página (SupportLines.astro).
	'support.line':
		'{link}, no tienes que cargar con esto en soledad. Hay ayuda gratuita y confidencial a una llamada o un mensaje.',
	'support.lineLink': 'Si lo estás pasando mal',
	'support.fragment': 'si-lo-estas-pasando-mal',
	'support.directory': '{link} reúne líneas de crisis gratuitas y confidenciales de casi todos los países.',
	'support.crisis':
		'En EE. UU., la Línea 988 de Prevención del Suicidio y Crisis atiende en español: {call} y elige la opción en español, o {text}, a cualquier hora.',
	'support.crisisCall': 'llama\u00a0al\u00a0988',
	'support.crisisText': 'envía AYUDA por mensaje al\u00a0988',
	'support.crisisTextHref': 'sms:988?body=AYUDA',
	'support.abuse':
		'En EE. UU., la Línea Nacional contra la Violencia Doméstica, para quien sufre o causa daño en una relación: {call} o {text}',
	'support.abuseCall': 'llama\u00a0al\u00a01\u2011800\u2011799\u20117233',
	'support.abuseText': 'envía START al\u00a088788',
	'support.emergency': 'Si tú u otra persona están en peligro ahora mismo, llama al número de emergencias de tu zona.',
	'support.cardTitle': 'No tienes que pasar por esto en soledad',
	'support.cardText': 'Si estás pensando en hacerte daño, o no estás a salvo, por favor pide ayuda ahora:',
	'support.cardMore': 'Más sobre dónde encontrar ayuda',

	'share.step': 'Compartir este paso',
	'share.copied': 'Enlace copiado',
	'share.copyThis': 'Copia este enlace: {url}',
	'share.passage': 'Copiar enlace a este fragmento',
	'share.section': 'Copiar enlace a esta sección',

	'theme.toggle': 'Tema oscuro',

	'selfCheck.noJs':
		'Activa JavaScript para ver tu resultado, o usa esto como una lista impresa: debajo de cada pregunta está el paso con el que tiene que ver.',
	'selfCheck.gateTitle': 'Primero: ¿está bien escribirle?',
	'selfCheck.stepsTitle': 'Después: los pasos',
	'selfCheck.yes': 'Sí',
	'selfCheck.no': 'No',
	'selfCheck.notYet': 'Todavía no',
	'selfCheck.notSure': 'No lo sé',
	'selfCheck.or': ' o ',
	'selfCheck.quoted': '«{text}»',
	'selfCheck.stopWhen': 'Si respondes {answers}, por favor no le escribas ahora. Lee {section}.',
	'selfCheck.relates': 'Paso {n}: {title}',
	'selfCheck.countNone': '0 de {total} respondidas',
	'selfCheck.count': '{answered} de {total} respondidas, faltan {left}',
	'selfCheck.countShown': '{answered} de {total} respondidas. Tu resultado está abajo.',
	'selfCheck.countAll': 'Respondiste las {total}. Tu resultado está abajo.',
	'selfCheck.startOver': 'Empezar de nuevo',
	'selfCheck.storageWarning':
		'Esta página no puede guardar nada en este dispositivo, así que tus respuestas se perderán al salir. Tu resultado funciona igual.',
	'selfCheck.storageNewer':
		'Tus respuestas guardadas se hicieron con una versión más nueva de esta guía que esta página, así que no se pueden mostrar aquí. Están a salvo: nada de lo que hagas en esta página las cambiará. Si recargas la página, tendrás la versión nueva.',
	'selfCheck.result': 'Tu resultado:',
	'selfCheck.readFirst': 'Lee esto primero',
	'selfCheck.read': 'Lee «{title}»',
	'selfCheck.supportTitle': 'Ayuda, a cualquier hora',
	'selfCheck.lookAfter': '{link} tiene ideas para la espera, las ganas de escribir y las noches largas.',
	'selfCheck.revisit': 'Pasos para repasar',
	'selfCheck.beforeReachOut': 'Antes de escribirle: {link}',
	'selfCheck.onceNotPursuing': 'escribir una vez no es lo mismo que perseguir',
	'selfCheck.onceNotPursuingFragment': 'escribir-una-vez-no-es-lo-mismo-que-perseguir',
	'selfCheck.afterReachOut': '{link}: si no responde, si te dice que no, que «ahora no» o que sí',
	'selfCheck.whatever': '{link}, pase lo que pase',
	'selfCheck.whereSupport': 'Dónde encontrar ayuda',
	'selfCheck.aid':
		'Esto es una ayuda para reflexionar, no un consejo profesional. Solo tú puedes juzgar qué está bien, y un profesional o alguien de confianza puede ayudarte a pensarlo.',

	'checklist.draftTitle': 'Escribe tu disculpa',
	'checklist.draftLabel': 'Tu disculpa, con tus propias palabras',
	'checklist.draftNote':
		'Se guarda mientras escribes, solo en este navegador y en este dispositivo. Nunca sale de tu dispositivo, y se borra si borras los datos de este sitio en tu navegador.',
	'checklist.copy': 'Copiar',
	'checklist.clear': 'Borrar',
	'checklist.storageWarning':
		'Tu navegador no deja que esta página guarde nada, así que tus marcas y tu borrador se perderán al salir. Copia tu borrador en un lugar seguro antes de irte.',
	'checklist.storageNewer':
		'Tus marcas y tu borrador guardados se hicieron con una versión más nueva de esta guía que esta página, así que no se pueden mostrar aquí. Están a salvo: nada de lo que hagas en esta página los cambiará. Si recargas la página, tendrás la versión nueva.',
	'checklist.confirmTitle': '¿Borrar tu borrador?',
	'checklist.confirmText': 'Se quitará de este dispositivo y no se podrá recuperar. Tus marcas se quedan como están.',
	'checklist.keep': 'Conservarlo',
	'checklist.delete': 'Borrar el borrador',
	'checklist.done': '{done} de {total} listos',
	'checklist.allDone': 'Los {total} listos',
	'checklist.nothingToCopy': 'Todavía no hay nada que copiar.',
	'checklist.copied': 'Copiado. Puedes pegarlo donde le escribas.',
	'checklist.copyFailed':
		'Tu navegador no permitió copiar. El texto está seleccionado: cópialo con el teclado o el menú.',
	'checklist.nothingToClear': 'No hay nada que borrar.',
	'checklist.deleted': 'Tu borrador se borró.',
	'checklist.from':
		'Sale del {first} y del {second}. También está al final del paso 1, con las mismas marcas y el mismo borrador. Lo que marcas y escribes se queda en este dispositivo: {privacy}.',
	'checklist.stepLink': 'paso {n}: {title}',
	'checklist.privacy': 'qué guarda este sitio y cómo borrarlo',

	'forget.noJs':
		'Con JavaScript desactivado, esta página no puede borrar nada por ti, pero tu navegador sí. Abre su configuración para este sitio y borra sus datos:',
	'forget.chromeName': 'Chrome, Edge o Samsung Internet:',
	'forget.chrome':
		'toca el icono a la izquierda de la dirección, luego «Configuración del sitio» (o «Cookies y datos de sitios»), y después «Borrar datos» o «Borrar».',
	'forget.firefoxName': 'Firefox:',
	'forget.firefox': 'toca el candado a la izquierda de la dirección y luego «Borrar cookies y datos del sitio».',
	'forget.safariName': 'Safari en iPhone o iPad:',
	'forget.safari': 'Ajustes, luego Apps, Safari, Avanzado, Datos de sitios web: busca este sitio y elimínalo.',
	'forget.intro':
		'Un botón borra todo eso de este navegador: tus respuestas, marcas, borrador y tema, y la copia sin conexión. No se puede deshacer. La copia sin conexión vuelve la próxima vez que abras una página de la guía, sin nada tuyo dentro.',
	'forget.button': 'Borrar todo lo que guarda este sitio',
	'forget.confirmTitle': '¿Borrar todo?',
	'forget.confirmText':
		'Tus respuestas de la autoevaluación, tus marcas y tu borrador de la lista, tu tema y la copia sin conexión se quitarán de este dispositivo. No se puede deshacer.',
	'forget.keep': 'Conservarlo',
	'forget.delete': 'Borrar todo',
	'forget.done': 'Listo. Todo lo que este sitio guardaba en este dispositivo se borró.',
	'forget.failed':
		'No se pudo borrar una parte ({what}). Puedes borrar los datos de este sitio desde la configuración de tu navegador.',
	'forget.and': '; ',
	'forget.storage': 'tus respuestas, marcas, borrador y tema',
	'forget.offline': 'la copia sin conexión',
} satisfies Strings;
