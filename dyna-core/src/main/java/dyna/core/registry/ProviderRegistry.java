package dyna.core.registry;

import dyna.api.metric.MetricColumn;
import dyna.api.metric.MetricProvider;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.ParameterSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every provider that was found, by kind and id. Ids are unique across all kinds: a duplicate
 * fails at start, naming both origins. A provider that cannot be loaded (its constructor
 * throws, its id is not kebab-case, its declarations throw) is kept as a {@link LoadFailure}
 * while the others load.
 */
public final class ProviderRegistry {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Comparator<ComponentProvider> ORDER =
            Comparator.comparing(ComponentProvider::kind).thenComparing(ComponentProvider::id);

    private final KindTable kinds;
    private final List<ComponentProvider> providers;
    private final Map<String, ComponentProvider> byId;
    private final List<LoadFailure> failures;

    private ProviderRegistry(KindTable kinds, List<ComponentProvider> found, List<ComponentProvider> extensions,
            List<LoadFailure> failures) {
        this.kinds = kinds;
        List<LoadFailure> allFailures = new ArrayList<>(failures);
        Map<String, ComponentProvider> ids = new LinkedHashMap<>();
        Set<Class<?>> classes = new HashSet<>();
        Map<String, ComponentProvider> columns = new LinkedHashMap<>();
        for (ComponentProvider provider : found) {
            if (accepted(kinds, provider, classes, allFailures)) {
                ComponentProvider previous = ids.putIfAbsent(provider.id(), provider);
                if (previous != null) {
                    throw new ConfigurationException(duplicate(previous, provider));
                }
                String taken = takeColumns(provider, columns);
                if (taken != null) {
                    throw new ConfigurationException(taken);
                }
            }
        }
        for (ComponentProvider provider : extensions) {
            if (accepted(kinds, provider, classes, allFailures)) {
                ComponentProvider previous = ids.get(provider.id());
                String taken = previous != null ? duplicate(previous, provider) : takeColumns(provider, columns);
                if (taken != null) {
                    allFailures.add(new LoadFailure(provider.kind(), provider.getClass().getName(), origin(provider),
                            taken));
                } else {
                    ids.put(provider.id(), provider);
                }
            }
        }
        List<ComponentProvider> sorted = new ArrayList<>(ids.values());
        sorted.sort(ORDER);
        this.providers = List.copyOf(sorted);
        this.byId = Map.copyOf(ids);
        this.failures = List.copyOf(allFailures);
    }

    private static boolean accepted(KindTable kinds, ComponentProvider provider, Set<Class<?>> classes,
            List<LoadFailure> failures) {
        if (!classes.add(provider.getClass())) {
            return false;
        }
        String problem = problemWith(provider);
        if (problem == null && kinds.labelled(provider.kind().label()).isEmpty()) {
            problem = "provider '" + provider.id() + "' is of kind " + provider.kind().label() + ", which no "
                    + "loaded module declares";
        }
        if (problem != null) {
            failures.add(new LoadFailure(provider.kind(), provider.getClass().getName(), origin(provider), problem));
            return false;
        }
        return true;
    }

    /**
     * Records the columns of a metric provider, or says which column another metric measures
     * already (columns name what an experiment asks for, so they are unique, as ids are).
     */
    private static String takeColumns(ComponentProvider provider, Map<String, ComponentProvider> columns) {
        if (!(provider instanceof MetricProvider metric)) {
            return null;
        }
        for (MetricColumn column : metric.columns()) {
            ComponentProvider previous = columns.get(column.name());
            if (previous != null) {
                return "duplicate metric column '" + column.name() + "': measured by " + describe(previous) + " and "
                        + describe(provider) + "; columns must be unique";
            }
        }
        metric.columns().forEach(column -> columns.put(column.name(), provider));
        return null;
    }

    private static String duplicate(ComponentProvider previous, ComponentProvider provider) {
        return "duplicate provider id '" + provider.id() + "': " + describe(previous) + " and " + describe(provider)
                + "; ids must be unique";
    }

    /**
     * Finds every provider visible to {@link ServiceLoader} from this module: the built-ins and
     * anything else on the module path or class path.
     *
     * @throws ConfigurationException when two providers share an id
     */
    public static ProviderRegistry discover() {
        return discover(List.of());
    }

    /**
     * Finds every built-in provider, as {@link #discover()}, and adds those of extension jars
     * loaded into their own layers. A built-in duplicate id fails at start; an extension whose
     * id is taken is reported as a {@link LoadFailure} naming both origins, and the rest load.
     *
     * @param extensions providers loaded from plugin layers
     */
    public static ProviderRegistry discover(List<? extends ComponentProvider> extensions) {
        return discover(KindTable.builtIn(), extensions);
    }

    /**
     * Finds every built-in provider, as {@link #discover()}, and adds those of extension jars,
     * as {@link #discover(List)} does, with the kinds of {@code kinds} (the built-in ones and those
     * the jars declare).
     */
    public static ProviderRegistry discover(KindTable kinds, List<? extends ComponentProvider> extensions) {
        List<ServiceLoader.Provider<? extends ComponentProvider>> candidates = new ArrayList<>();
        List<LoadFailure> failures = new ArrayList<>();
        for (ComponentKind kind : KindTable.builtIn().kinds()) {
            Iterator<? extends ServiceLoader.Provider<? extends ComponentProvider>> it =
                    ServiceLoader.load(KindTable.builtIn().providerType(kind)).stream().iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    candidates.add(it.next());
                } catch (ServiceConfigurationError e) {
                    failures.add(new LoadFailure(kind, "(unknown)", "(unknown)", oneLine(e)));
                }
            }
        }
        return load(kinds, candidates, failures, extensions);
    }

    /**
     * A registry of the providers that these candidates create; a candidate that throws is
     * kept as a {@link LoadFailure} and the others load.
     *
     * @param earlier failures found before, reported with the new ones
     * @throws ConfigurationException when two providers share an id
     */
    public static ProviderRegistry load(List<? extends ServiceLoader.Provider<? extends ComponentProvider>> candidates,
            List<LoadFailure> earlier) {
        return load(KindTable.builtIn(), candidates, earlier, List.of());
    }

    private static ProviderRegistry load(KindTable kinds,
            List<? extends ServiceLoader.Provider<? extends ComponentProvider>> candidates,
            List<LoadFailure> earlier, List<? extends ComponentProvider> extensions) {
        List<ComponentProvider> found = new ArrayList<>();
        List<LoadFailure> failures = new ArrayList<>(earlier);
        for (ServiceLoader.Provider<? extends ComponentProvider> candidate : candidates) {
            try {
                found.add(candidate.get());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                Module module = candidate.type().getModule();
                failures.add(new LoadFailure(kindOf(kinds, candidate.type()), candidate.type().getName(),
                        module.isNamed() ? module.getName() : "unnamed", oneLine(e)));
            }
        }
        return new ProviderRegistry(kinds, found, List.copyOf(extensions), failures);
    }

    /**
     * A registry of exactly the given providers, with no discovery (for tests and embedding).
     *
     * @throws ConfigurationException when two providers share an id
     */
    public static ProviderRegistry of(List<? extends ComponentProvider> providers) {
        return of(KindTable.builtIn(), providers);
    }

    /** A registry of exactly the given providers, of the kinds of {@code kinds}, with no discovery. */
    public static ProviderRegistry of(KindTable kinds, List<? extends ComponentProvider> providers) {
        return new ProviderRegistry(kinds, List.copyOf(providers), List.of(), List.of());
    }

    private static ComponentKind kindOf(KindTable kinds, Class<?> type) {
        return kinds.kindOf(type).orElseThrow(() -> new IllegalArgumentException(type.getName()
                + " implements no provider interface"));
    }

    /**
     * What is wrong with a provider's declarations (an id that is not kebab-case, a missing or
     * multi-line description, a parameter declared twice, a declaration that throws), or
     * empty when nothing is: what the registry would refuse it for, apart from a duplicate id.
     */
    public static java.util.Optional<String> problem(ComponentProvider provider) {
        return java.util.Optional.ofNullable(problemWith(provider));
    }

    private static String problemWith(ComponentProvider provider) {
        try {
            String id = provider.id();
            if (id == null || !KEBAB.matcher(id).matches()) {
                return "id '" + id + "' is not kebab-case (lower-case words joined by '-')";
            }
            String description = provider.description();
            if (description == null || description.isBlank() || description.contains("\n")) {
                return "provider '" + id + "' needs a one-line description";
            }
            Set<String> names = new HashSet<>();
            for (ParameterSpec spec : provider.parameters()) {
                if (!names.add(spec.name())) {
                    return "provider '" + id + "' declares parameter '" + spec.name() + "' twice";
                }
            }
            if (provider instanceof MetricProvider metric) {
                List<MetricColumn> columns = metric.columns();
                if (columns == null || columns.isEmpty()) {
                    return "metric '" + id + "' declares no column";
                }
                if (columns.stream().map(MetricColumn::name).distinct().count() != columns.size()) {
                    return "metric '" + id + "' declares a column twice";
                }
            }
            return null;
        } catch (RuntimeException | LinkageError e) {
            return "its declarations throw: " + oneLine(e);
        }
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            text.append(": ").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage());
        }
        return text.toString().replace('\n', ' ');
    }

    private static String origin(ComponentProvider provider) {
        return provider.moduleName() + ", " + provider.origin();
    }

    private static String describe(ComponentProvider provider) {
        return provider.kind().label() + " " + provider.getClass().getName() + " from " + origin(provider);
    }

    /** Whether a provider came from an extension jar's own layer rather than the application's. */
    public static boolean fromPlugin(ComponentProvider provider) {
        ModuleLayer layer = provider.getClass().getModule().getLayer();
        return layer != null && layer != ModuleLayer.boot();
    }

    /** Every kind, with the provider interface of each: the built-in ones and those the plugins declared. */
    public KindTable kinds() {
        return kinds;
    }

    /** Every provider loaded, ordered by kind, then id. */
    public List<ComponentProvider> providers() {
        return providers;
    }

    /** The providers of one kind, ordered by id. */
    public List<ComponentProvider> providers(ComponentKind kind) {
        return providers.stream().filter(p -> p.kind().equals(kind)).toList();
    }

    /** The loaded metric that measures the column {@code name} (for example {@code value_error}), if any. */
    public java.util.Optional<MetricProvider> metricOf(String name) {
        return providers(ComponentKind.METRIC).stream().map(MetricProvider.class::cast)
                .filter(m -> m.columns().stream().anyMatch(c -> c.name().equals(name))).findFirst();
    }

    /** The providers that failed to load, with the reason. */
    public List<LoadFailure> failures() {
        return failures;
    }

    /**
     * The provider of {@code kind} with this id.
     *
     * @throws ConfigurationException naming the known ids of that kind when there is none
     */
    public ComponentProvider find(ComponentKind kind, String id) {
        ComponentProvider provider = byId.get(id);
        if (provider == null || !provider.kind().equals(kind)) {
            String known = providers(kind).stream().map(ComponentProvider::id).collect(Collectors.joining(", "));
            throw new ConfigurationException("unknown " + kind.label() + " '" + id + "'; known: "
                    + (known.isEmpty() ? "(none loaded)" : known)
                    + DidYouMean.suggestion(id, providers(kind).stream().map(ComponentProvider::id).toList()));
        }
        return provider;
    }

    /** The provider of the given provider type with this id; see {@link #find(ComponentKind, String)}. */
    public <P extends ComponentProvider> P find(Class<P> type, String id) {
        for (KindTable.Entry entry : kinds.entries()) {
            if (entry.providerType() == type) {
                return type.cast(find(entry.kind(), id));
            }
        }
        throw new IllegalArgumentException(type.getName() + " is not a provider interface");
    }
}
