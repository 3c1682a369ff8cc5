/** The role catalogue of the collective's wiki page « Rôles de groupes / pôles ». */
export interface RoleFlags {
  internalService: boolean;
  frameworkGuarantor: boolean;
  budgetGrantReferent: boolean;
  taskPlanningReferent: boolean;
  careLead: boolean;
}

export interface RoleTemplate {
  key: string;
  appliesTo: 'GROUP' | 'POLE';
  name: string;
  purpose: string;
  accountabilities: string[];
  required: boolean;
  minFillers: number;
  maxFillers: number;
  flags: RoleFlags;
}

const noFlags: RoleFlags = {
  internalService: false,
  frameworkGuarantor: false,
  budgetGrantReferent: false,
  taskPlanningReferent: false,
  careLead: false,
};

const role = (
  key: string,
  appliesTo: 'GROUP' | 'POLE',
  name: string,
  purpose: string,
  accountabilities: string[],
  opts: Partial<Pick<RoleTemplate, 'required' | 'minFillers' | 'maxFillers'>> & { flags?: Partial<RoleFlags> } = {},
): RoleTemplate => ({
  key,
  appliesTo,
  name,
  purpose,
  accountabilities,
  required: opts.required ?? true,
  minFillers: opts.minFillers ?? 1,
  maxFillers: opts.maxFillers ?? 2,
  flags: { ...noFlags, ...opts.flags },
});

export const roleCatalogue: RoleTemplate[] = [
  role('facilitator', 'GROUP', 'Facilitateur·trice', 'Faire vivre le cadre et les moments du groupe', [
    'fait en sorte que les différentes réunions et moments du groupe soient bien planifiés, annoncés, animés et rapportés',
    'fait le lien entre les différents membres du collectif du groupe concerné',
    'aide à l’application et à l’évolution du cadre (processus de prise de décision, traitement des tensions, …)',
    'encourage la transparence, la responsabilité et l’autonomie',
    'facilite la communication dans le groupe',
  ], { flags: { frameworkGuarantor: true } }),
  role('admin', 'GROUP', 'Admin', 'Tenir les comptes du groupe à jour', [
    'enregistre les factures payées sur Odoo et sur les tableaux de suivi budgétaire',
    's’assure du bon remplissage des tableaux de bord',
    's’occupe de faire les paiements des factures liées aux groupes',
    's’assure qu’il y ait des chargé·es de subventions pour chaque subvention',
  ], { flags: { budgetGrantReferent: true } }),
  role('ambassador', 'GROUP', 'Ambassadeur·drice', 'Relier le groupe au reste du monde', [
    'fait le lien avec l’extérieur du groupe (les autres groupes ou l’extérieur de La Raffinerie)',
    'représente le groupe vis-à-vis de l’extérieur',
  ]),
  role('evaluator', 'GROUP', 'Évaluateur·trice', 'Faire vivre les objectifs et indicateurs', [
    'participe à la mise en place des objectifs et indicateurs',
    'suit et accompagne le processus d’objectifs et indicateurs',
    'présente lors des réunions opérationnelles l’évolution des objectifs et indicateurs',
  ]),
  role('cohesion', 'GROUP', 'Chargé·e de cohésion / célébration', 'Prendre soin du lien', [
    's’assure qu’il y ait des moments réguliers de cohésion / célébration',
  ], { maxFillers: 3 }),
  role('programming', 'GROUP', 'Programmation', 'Porter le cadre de la programmation', [
    'informe sur le cadre lié à la programmation',
    'participe aux inter-programmations (trimestriellement)',
  ]),
  role('training', 'GROUP', 'Formation', 'Porter le cadre de la formation', [
    'informe sur le cadre lié à la formation',
    'participe aux inter-formations (trimestriellement)',
    'anime et organise la mise en place de formations dans le groupe',
    'fait le lien dans les pôles / projets / actions du groupe sur les besoins en ateliers / formations et les fait remonter à l’inter-formation',
    'veille à ce que le catalogue de formations / ateliers (en cours) soit à jour',
    'veille à ce que les fiches tutos soient à jour et mises en place',
  ]),
  role('communication', 'GROUP', 'Communication', 'Porter le cadre de la communication', [
    'informe sur le cadre lié à la communication',
    'participe aux inter-communications (trimestriellement)',
    'sollicite les membres du groupe pour rédiger des articles pour la newsletter / le site internet',
  ]),
  role('budget', 'POLE', 'Budget', 'Suivre le budget du pôle', [
    'aide à la mise en place d’un premier budget prévisionnel et d’une stratégie de financement ou de développement d’activité économique',
    'suit les budgets des différents projets / actions liés au pôle',
    'alerte le pôle s’il y a des problèmes de sur- ou sous-consommation du budget',
    's’assure que les différents membres remplissent bien les tableaux (prestataires internes, bienveillants, admin) et suit le processus de co-rémunération (moment de régulation pendant les réunions opérationnelles)',
  ], { flags: { budgetGrantReferent: true } }),
  role('planning', 'POLE', 'Planning', 'Suivre le planning du pôle', [
    'suit le planning des différents projets et actions',
    'alerte si besoin',
  ], { flags: { taskPlanningReferent: true } }),
  role('applications', 'POLE', 'Postulation', 'Faire vivre les missions en presta interne', [
    's’assure que les missions en presta interne soient bien mises en place',
    'accompagne les membres du collectif qui veulent lancer des missions en presta interne',
  ]),
  role('grant', 'POLE', 'Subvention', 'Suivre les subventions du pôle', [
    's’occupe de suivre le tableau de subventions',
    's’assure du bon déroulement des actions et dépenses liées à la subvention',
    's’assure que les bilans soient bien rendus et dans les temps',
    'est en relation avec le financeur',
  ], { required: false, maxFillers: 1, flags: { budgetGrantReferent: true } }),
];
