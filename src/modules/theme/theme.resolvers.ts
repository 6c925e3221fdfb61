import type { ActivityResolvers, QueryResolvers, Resolvers, ThemeResolvers } from '../../__generated__/graphql';
import type { Organisation } from '../organisation/organisation.entity';
import { activityThemeDerivations, currentTaxonomy } from './taxonomy';

const themes: NonNullable<QueryResolvers['themes']> = () => [...currentTaxonomy().themes];
const theme: NonNullable<QueryResolvers['theme']> = (_, { id }) => currentTaxonomy().themeById.get(id) ?? null;

const isOrganisation = (o: Organisation | null): o is Organisation => o !== null;

const Theme: ThemeResolvers = {
  label: (t, { lang }) => (lang === 'fr' || lang === 'es' ? t.labels[lang] : t.labels.en),
  uhriThemes: (t) => [...t.uhriThemes],
  mandatedOrganisations: async (t, _, ctx) =>
    (await ctx.loaders.organisationByRef.loadMany([...(currentTaxonomy().mandates.specificByTheme.get(t.id) ?? [])])).filter(
      (o): o is Organisation => !(o instanceof Error) && isOrganisation(o),
    ),
  coordinatingOrganisations: async (_, __, ctx) =>
    (await ctx.loaders.organisationByRef.loadMany([...currentTaxonomy().mandates.universal])).filter(
      (o): o is Organisation => !(o instanceof Error) && isOrganisation(o),
    ),
};

const Activity: ActivityResolvers = {
  themes: (a) => activityThemeDerivations(a).filter((d) => currentTaxonomy().themeById.has(d.themeId)),
};

export const themeResolvers: Resolvers = {
  Query: { themes, theme },
  Theme,
  Activity,
  ActivityTheme: {
    theme: (d) => currentTaxonomy().themeById.get(d.themeId)!,
  },
};
